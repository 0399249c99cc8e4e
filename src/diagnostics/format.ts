/**
 * Render a problem the way rustc does: a headline with the code, the location, the source line
 * and a caret line padded by display width (a Chinese character is two columns wide).
 */
import stringWidth from "string-width";
import type { Problem, Severity } from "./problem";

const LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export function formatProblem(problem: Problem, source: string): string {
  const { start, end } = problem.span;
  const lines = source.split(/\r\n|\r|\n/);
  const lineText = (lines[start.line - 1] ?? "").replace(/\t/g, " ");
  const before = lineText.slice(0, start.column - 1);
  // A span that runs past its first line is underlined to the end of that line.
  const lastColumn = end.line === start.line ? end.column - 1 : lineText.length;
  const marked = lineText.slice(start.column - 1, Math.max(lastColumn, start.column - 1));
  const gutter = " ".repeat(String(start.line).length);
  const caret = "^".repeat(Math.max(1, stringWidth(marked)));
  const where = `${problem.file ?? "<输入>"}:${start.line}:${start.column}`;
  return [
    `${LABEL[problem.severity]}[${problem.code}]：${problem.message}`,
    `${gutter}--> ${where}`,
    `${gutter} |`,
    `${start.line} | ${lineText}`,
    `${gutter} | ${" ".repeat(stringWidth(before))}${caret}`,
    ...problem.notes.map((note) => `${gutter} = ${note}`),
  ].join("\n");
}

/** `文明优质服务管理办法：38 条款，0 错误，0 警告` */
export function formatSummary(title: string, clauses: number, problems: readonly Problem[]): string {
  const count = (s: Severity) => problems.filter((p) => p.severity === s).length;
  return `${title}：${clauses} 条款，${count("error")} 错误，${count("warning")} 警告`;
}
