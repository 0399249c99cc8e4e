/**
 * The policy text: a plain textarea (the browser's own editing, undo and IME) with a line-number
 * gutter beside it that scrolls with it and marks the lines that have problems.
 */
import { useMemo, useRef } from "preact/hooks";
import type { Ref } from "preact";
import type { Severity } from "../../diagnostics/problem";
import type { ShownProblem } from "./analyse";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The worst severity on each line that has a problem. */
export function lineMarks(problems: readonly ShownProblem[]): Map<number, Severity> {
  const marks = new Map<number, Severity>();
  for (const p of problems) {
    const seen = marks.get(p.line);
    if (!seen || RANK[p.severity] > RANK[seen]) marks.set(p.line, p.severity);
  }
  return marks;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

interface Props {
  text: string;
  file: string;
  problems: readonly ShownProblem[];
  hasErrors: boolean;
  describedBy: string;
  textarea: Ref<HTMLTextAreaElement>;
  onInput: (text: string) => void;
  onFocus: () => void;
}

export function SourcePane({ text, file, problems, hasErrors, describedBy, textarea, onInput, onFocus }: Props) {
  const gutter = useRef<HTMLDivElement>(null);
  const lines = countLines(text);
  const marks = useMemo(() => lineMarks(problems), [problems]);
  const numbers = useMemo(
    () => Array.from({ length: lines }, (_, i) => <span key={i} data-line={i + 1} class={marks.get(i + 1)}>{i + 1}</span>),
    [lines, marks],
  );
  const sync = (e: Event) => {
    if (gutter.current) gutter.current.scrollTop = (e.currentTarget as HTMLTextAreaElement).scrollTop;
  };
  // Rendered when the site is built, the text gets one more line break in front: an HTML parser
  // drops a line break right after <textarea>, and the text must arrive whole.
  const value = typeof document === "undefined" ? "\n" + text : text;
  return (
    <div class="source-pane">
      <label for="policy-text" class="source-label">政策文本 <span class="meta">{file}</span></label>
      <div class="source">
        <div class="gutter" ref={gutter} aria-hidden="true">{numbers}</div>
        <textarea
          id="policy-text"
          ref={textarea}
          value={value}
          wrap="off"
          spellcheck={false}
          autocomplete="off"
          autocapitalize="off"
          aria-describedby={describedBy}
          aria-invalid={hasErrors}
          onInput={(e) => onInput(e.currentTarget.value)}
          onFocus={onFocus}
          onScroll={sync}
        />
      </div>
    </div>
  );
}
