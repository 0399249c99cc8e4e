/**
 * The editor: the policy text, checked in a worker by the same parser, checker and engine as
 * `policy check` after each pause in typing (250 ms), with the problems and a preview beside it.
 * The text never leaves the page: files are read and downloaded by the browser itself.
 *
 * The page is this component rendered when the handbook is built, with the published text and its
 * check (src/pages/editor.astro); the browser loads no script until the reader uses the editor,
 * then mount.tsx renders it again over the same elements and the checker worker starts.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Preview, Report, ShownProblem } from "./analyse";
import { Checker, type Checked } from "./checker";
import { PreviewPane } from "./PreviewPane";
import { ProblemList, summaryText } from "./ProblemList";
import { SourcePane } from "./SourcePane";
import { EditorToolbar } from "./EditorToolbar";
import type { Source } from "./source";

const PAUSE_MS = 250;

type Message = { text: string; undo?: () => void };

interface Props {
  /** The text the page opened with (the published version). */
  shipped: Source;
  /** Its check, made when the handbook was built; null if it could not be loaded (the checker then checks the text). */
  report: Report | null;
  /** The text in the box when the editor started, if the reader typed before its script had loaded. */
  text?: string;
  /** The reader is in the text box already: start the checker at once. */
  editing?: boolean;
}

export default function Editor({ shipped, report, text: typed, editing = false }: Props) {
  const [text, setText] = useState(typed ?? shipped.text);
  const [file, setFile] = useState(shipped.file);
  const [checked, setChecked] = useState<Checked | null>(report ? { text: shipped.text, file: shipped.file, report } : null);
  const [lastGood, setLastGood] = useState<Preview | null>(report?.preview ?? null);
  /** Whether the checker has answered once (until then, it is still loading). */
  const [loaded, setLoaded] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const checker = useRef<Checker | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);

  /** The checker worker, started when the reader starts editing (it is most of the editor's weight). */
  function startChecker(): Checker {
    checker.current ??= new Checker((result) => {
      setLoaded(true);
      setChecked(result);
      if ("report" in result && result.report.preview) setLastGood(result.report.preview);
    });
    return checker.current;
  }

  useEffect(() => {
    if (editing) startChecker();
    return () => checker.current?.dispose();
  }, []);

  useEffect(() => {
    if (checked?.text === text && checked.file === file) return;
    const c = startChecker();
    const timer = setTimeout(() => c.check(text, file), loaded ? PAUSE_MS : 0);
    return () => clearTimeout(timer);
  }, [text, file]);

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

  const result = checked && "report" in checked ? checked : null;
  const problems = result?.report.problems ?? [];
  const errors = problems.filter((p) => p.severity === "error").length;
  const pending = checked?.text !== text || checked.file !== file;
  const preview = result?.report.preview ?? lastGood;
  // The last good preview stands in while the text has an error (or the check failed).
  const stale = checked !== null && !result?.report.preview && lastGood !== null;

  return (
    <div class="editor" data-ready={checked ? "" : undefined} data-pending={pending ? "" : undefined}>
      <EditorToolbar
        text={text}
        file={file}
        changed={text !== shipped.text}
        onOpen={(source) => replace(source, `已打开本机文件“${source.file}”。`)}
        onRestore={() => replace(shipped, "已恢复为手册所用的版本。")}
        onError={(text) => setMessage({ text })}
      />
      {message && (
        <p class="message info">
          {message.text}{" "}
          {message.undo && <button type="button" class="small secondary" onClick={message.undo}>撤销</button>}
        </p>
      )}
      <div class="editor-grid">
        <SourcePane text={text} file={file} problems={problems} hasErrors={errors > 0} describedBy="check-summary" textarea={textarea} onInput={setText} onFocus={startChecker} />
        <div class="editor-side">
          <section class="problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">检查结果</h2>
            <p id="check-summary" class={errors > 0 ? "summary has-errors" : "summary"} role="status" aria-live="polite">
              {checked === null ? "正在检查…" : "failure" in checked ? `检查程序出错：${checked.failure}` : summaryText(problems)}
            </p>
            <p class="meta check-state">{checkState(checked, pending, loaded)}</p>
            <ProblemList problems={problems} onSelect={select} />
          </section>
          <PreviewPane preview={preview} stale={stale} />
        </div>
      </div>
    </div>
  );
}

/** Under the summary: whether the result is the text's own, and what made it. */
function checkState(checked: Checked | null, pending: boolean, loaded: boolean) {
  if (pending) return loaded ? "检查中…" : "正在加载检查器…";
  if (checked === null || !("report" in checked)) return null;
  if (checked.ms === undefined) return "生成手册时已检查这段文本；修改后会在本机重新检查。";
  return <>检查用时 <span data-ms={checked.ms.toFixed(1)}>{Math.round(checked.ms)}</span> 毫秒</>;
}
