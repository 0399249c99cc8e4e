/** The problems of the last check, each with its rustc-style text and a button that selects its words. */
import type { Severity } from "../../diagnostics/problem";
import type { ShownProblem } from "./analyse";

const LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/** `2 个错误，3 个警告，1 条提示` */
export function summaryText(problems: readonly ShownProblem[]): string {
  const count = (s: Severity) => problems.filter((p) => p.severity === s).length;
  const parts = [`${count("error")} 个错误`, `${count("warning")} 个警告`];
  if (count("info") > 0) parts.push(`${count("info")} 条提示`);
  return parts.join("，");
}

interface Props {
  problems: readonly ShownProblem[];
  onSelect: (problem: ShownProblem) => void;
}

export function ProblemList({ problems, onSelect }: Props) {
  if (problems.length === 0) return <p class="no-problems">没有发现问题。</p>;
  return (
    <ol class="problem-list">
      {problems.map((p, i) => (
        <li key={`${i}-${p.code}-${p.start}`} class={`problem ${p.severity}`} data-code={p.code} data-line={p.line}>
          <button type="button" class="jump small secondary" onClick={() => onSelect(p)}
            aria-label={`定位到第 ${p.line} 行第 ${p.column} 列：${LABEL[p.severity]} ${p.code} ${p.message}`}>
            第 {p.line} 行第 {p.column} 列
          </button>
          <pre>{p.text}</pre>
        </li>
      ))}
    </ol>
  );
}
