/** The result's entries as CSV (UTF-8 with a BOM, so that spreadsheet programs read the Chinese). */
import { isDepartmentResult } from "../engine";
import type { Entry, Result } from "../../../engine/index";

const HEADER = ["人员", "角色", "日期", "条款", "积分", "罚款（元）", "奖励（元）", "加倍", "说明"];

/**
 * A text a spreadsheet would take for a formula (a name such as `=HYPERLINK(…)`) gets a leading
 * apostrophe, so that it opens as the text it is; numbers stay numbers.
 */
function cell(value: string | number): string {
  const text = typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rows(name: string, role: string, entries: Entry[]): (string | number)[][] {
  return entries.map((e) => [name, role, e.date, e.clause, e.points, e.fine, e.reward, e.doubled ? "是" : "", e.why]);
}

export function resultToCsv(result: Result, name: string, role: string): string {
  const all = isDepartmentResult(result)
    ? [...result.people.flatMap((p) => rows(p.name, p.role, p.entries)), ...result.directors.flatMap((d) => rows(d.role, d.role, d.entries))]
    : rows(name, role, result.entries);
  return "\uFEFF" + [HEADER, ...all].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
