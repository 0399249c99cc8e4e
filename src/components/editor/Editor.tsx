/**
 * The editor island: the policy text, checked in a worker by the same parser, checker and engine as
 * `policy check` after each pause in typing (250 ms), with the problems and a preview beside it.
 * The text never leaves the page: files are read and downloaded by the browser itself.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Preview, ShownProblem } from "./analyse";
import { Checker, type Checked } from "./checker";
import { PreviewPane } from "./PreviewPane";
import { ProblemList, summaryText } from "./ProblemList";
import { SourcePane } from "./SourcePane";
import { EditorToolbar } from "./EditorToolbar";
import { readEmbedded, type Source } from "./source";

const PAUSE_MS = 250;

type Message = { text: string; undo?: () => void };

interface Props {
  /** The id of the element holding the shipped policy's source as JSON. */
  sourceId: string;
}

export default function Editor({ sourceId }: Props) {
  const [shipped, setShipped] = useState<Source | null>(null);
  const [text, setText] = useState("");
  const [file, setFile] = useState("");
  const [checked, setChecked] = useState<Checked | null>(null);
  const [lastGood, setLastGood] = useState<Preview | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const checker = useRef<Checker | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const source = readEmbedded(sourceId);
    const c = new Checker((result) => {
      setChecked(result);
      if ("report" in result && result.report.preview) setLastGood(result.report.preview);
    });
    checker.current = c;
    setShipped(source);
    setText(source.text);
    setFile(source.file);
    return () => c.dispose();
  }, [sourceId]);

  useEffect(() => {
    if (shipped === null) return;
    const timer = setTimeout(() => checker.current?.check(text, file), checked === null ? 0 : PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, file, shipped]);

  /** Replace the whole text (a file opened, the shipped text restored), with a way back. */
  function replace(next: Source, what: string) {
    const previous = { text, file };
    setText(next.text);
    setFile(next.file);
    setMessage({ text: what, undo: () => { setText(previous.text); setFile(previous.file); setMessage({ text: "已撤销。" }); } });
  }

  function select(p: ShownProblem) {
    const area = textarea.current;
    if (!area) return;
    const end = Math.min(Math.max(p.end, p.start + 1), area.value.length);
    area.focus();
    area.setSelectionRange(Math.min(p.start, end), end);
    const lineHeight = Number.parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (p.line - 1) * lineHeight - area.clientHeight / 3);
  }

  const report = checked && "report" in checked ? checked.report : null;
  const problems = report?.problems ?? [];
  const errors = problems.filter((p) => p.severity === "error").length;
  const pending = shipped === null || checked?.text !== text;
  const preview = report?.preview ?? lastGood;
  // The last good preview stands in while the text has an error (or the check failed).
  const stale = checked !== null && !report?.preview && lastGood !== null;

  return (
    <div class="editor" data-ready={checked ? "" : undefined} data-pending={pending ? "" : undefined}>
      <EditorToolbar
        text={text}
        file={file}
        changed={shipped !== null && text !== shipped.text}
        onOpen={(source) => replace(source, `已打开本机文件“${source.file}”。`)}
        onRestore={() => shipped && replace(shipped, "已恢复为手册所用的版本。")}
        onError={(text) => setMessage({ text })}
      />
      {message && (
        <p class="message info">
          {message.text}{" "}
          {message.undo && <button type="button" class="small secondary" onClick={message.undo}>撤销</button>}
        </p>
      )}
      <div class="editor-grid">
        <SourcePane text={text} file={file} problems={problems} hasErrors={errors > 0} describedBy="check-summary" textarea={textarea} onInput={setText} />
        <div class="editor-side">
          <section class="problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">检查结果</h2>
            <p id="check-summary" class={errors > 0 ? "summary has-errors" : "summary"} role="status" aria-live="polite">
              {checked === null ? "正在检查…" : "failure" in checked ? `检查程序出错：${checked.failure}` : summaryText(problems)}
            </p>
            <p class="meta check-state">
              {pending ? "检查中…" : checked && "ms" in checked ? <>检查用时 <span data-ms={checked.ms.toFixed(1)}>{Math.round(checked.ms)}</span> 毫秒</> : null}
            </p>
            <ProblemList problems={problems} onSelect={select} />
          </section>
          <PreviewPane preview={preview} stale={stale} />
        </div>
      </div>
    </div>
  );
}
