/**
 * `policy simulate RECORD.json [--policy FILE]... [--format json|text]`: a year's record through the
 * engine, each event judged by the version of the policy in force on its date. The result goes to stdout (exit 0); a bad record's problems go to stderr, one
 * `path: message` a line, and nothing to stdout (exit 1).
 */
import stringWidth from "string-width";
import type { Policy } from "../check/schema";
import {
  formatPath,
  isDepartmentResult,
  parseJsonText,
  simulate,
  validateRecord,
  formatMoney,
  formatPoints,
  type DirectorResult,
  type Entry,
  type PersonResult,
  type Result,
} from "../engine";
import { commandOptions, messageOf } from "./args";
import { writeJson } from "./json-out";

export interface SimulateIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The checked versions of the policy in `files` (default: policy/); throws with a message when they have errors. */
  loadPolicy(files: readonly string[]): Promise<Policy[]>;
  readFile(path: string): Promise<string>;
}

const USAGE = "用法：policy simulate 记录.json [--policy 办法文件]... [--format json|text]\n（--policy 可写多次，给出同一办法的各个版本；默认 policy/ 下的全部版本）";

interface Options {
  record: string;
  policies: string[];
  format: "json" | "text";
}

function parseArgs(args: readonly string[]): Options | string {
  let record: string | undefined;
  const policies: string[] = [];
  let format: string = "json";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--policy" || flag === "--format") {
      const value = inline ?? args[++i];
      if (value === undefined || value === "") return `${flag} 后面缺少取值`;
      if (flag === "--policy") policies.push(value);
      else format = value;
    } else if (arg.startsWith("-") && arg !== "-") {
      return `未知的选项“${arg}”`;
    } else if (record === undefined) {
      record = arg;
    } else {
      return `只能给一个记录文件，多出了“${arg}”`;
    }
  }
  if (record === undefined) return "缺少记录文件";
  if (format !== "json" && format !== "text") return `--format 应为 json 或 text，实际为“${format}”`;
  return { record, policies, format };
}

export async function simulateCommand(args: string[], io: SimulateIo): Promise<number> {
  const options = commandOptions(args, io, USAGE, parseArgs);
  if (typeof options === "number") return options;
  let text: string;
  try {
    text = await io.readFile(options.record);
  } catch (error) {
    io.stderr(`错误：无法读取记录文件“${options.record}”：${messageOf(error)}\n`);
    return 1;
  }
  const json = parseJsonText(text);
  if (!json.ok) {
    io.stderr(`${options.record}:${json.line}:${json.column}: 记录不是有效的 JSON：${json.message}\n`);
    return 1;
  }
  let policy: Policy[];
  try {
    policy = await io.loadPolicy(options.policies);
  } catch (error) {
    io.stderr(`错误：无法载入办法：${messageOf(error)}\n`);
    return 1;
  }
  const validation = validateRecord(policy, json.value);
  if (!validation.ok) {
    const lines = validation.problems.map((p) => `${formatPath(p.path)}: ${p.message} [${p.code}]`);
    io.stderr(`错误：记录“${options.record}”有 ${validation.problems.length} 处问题，未计算：\n${lines.join("\n")}\n`);
    return 1;
  }
  const result = simulate(policy, validation.record);
  const latest = policy[policy.length - 1]!;
  if (options.format === "json") writeJson(result, io.stdout);
  else io.stdout(formatResultText(latest, result, validation.record.year));
  return 0;
}

/** A readable Chinese summary of a result, with a table of entries per person. */
export function formatResultText(policy: Policy, result: Result, year: number): string {
  const { complaintTag } = policy.grading;
  const complaintLabel = policy.tags.find((tag) => tag.id === complaintTag)?.title ?? complaintTag;
  if (!isDepartmentResult(result)) return `${year} 年个人记录\n\n${formatPerson(result, complaintLabel)}\n`;
  const people = result.people.map((person) => `${person.name}（${person.role}）\n${formatPerson(person, complaintLabel)}`);
  const directors = result.directors.map(formatDirector);
  return `${[`${year} 年部门记录`, ...people, ...directors].join("\n\n")}\n`;
}

function interventionsText(person: PersonResult): string {
  if (person.interventions.length === 0) return "无";
  return person.interventions.map((i) => `${i.date} ${i.reason}`).join("；");
}

function capText(person: PersonResult): string {
  const rule = person.gradeCapRule;
  return rule === null ? "无" : `最高 ${rule.cap}（${rule.id}：${rule.text}）`;
}

function formatPerson(person: PersonResult, complaintLabel: string): string {
  const summary: [string, string][] = [
    ["最终积分", `${formatPoints(person.finalScore)}（扣 ${formatPoints(person.pointsDeducted)} 分，加 ${formatPoints(person.pointsAwarded)} 分）`],
    ["罚款", `${formatMoney(person.fines)} 元`],
    ["奖金", `${formatMoney(person.rewards)} 元`],
    ["违规", `${person.violations} 次`],
    [complaintLabel, `${person.complaints} 次`],
    ["诫勉", interventionsText(person)],
    ["评级上限", capText(person)],
  ];
  const labelWidth = Math.max(...summary.map(([label]) => stringWidth(label)));
  const lines = summary.map(([label, value]) => `  ${padEnd(label, labelWidth)}  ${value}`);
  return `${lines.join("\n")}\n\n${entryTable(person.entries)}`;
}

function formatDirector(director: DirectorResult): string {
  return `${director.role}\n  罚款  ${formatMoney(director.fines)} 元\n\n${entryTable(director.entries)}`;
}

const HEADER = ["日期", "条款", "积分", "罚款", "奖金", "加倍", "说明"];
/** Columns aligned to the right (numbers). */
const NUMERIC = new Set([2, 3, 4]);

function entryTable(entries: readonly Entry[]): string {
  if (entries.length === 0) return "  （没有记录）";
  const rows = entries.map((e) => [e.date, e.clause, signed(e.points), formatMoney(e.fine), formatMoney(e.reward), e.doubled ? "是" : "", e.why]);
  const all = [HEADER, ...rows];
  // The last column (说明) is not padded, so its width is never needed. The other cells repeat
  // (dates, clauses, amounts): each distinct text is measured once, for string-width measures a
  // character at a time (a 100,000-event record took most of a minute).
  const widthOf = memoised(stringWidth);
  const widths = HEADER.slice(0, -1).map((_, column) => all.reduce((widest, row) => Math.max(widest, widthOf(row[column] ?? "")), 0));
  const render = (row: string[]) =>
    `  ${row
      .map((cell, column) => {
        if (column === row.length - 1) return cell;
        const pad = " ".repeat(Math.max(0, (widths[column] ?? 0) - widthOf(cell)));
        return NUMERIC.has(column) ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd()}`;
  return all.map(render).join("\n");
}

function memoised(measure: (text: string) => number): (text: string) => number {
  const known = new Map<string, number>();
  return (text) => {
    let width = known.get(text);
    if (width === undefined) known.set(text, (width = measure(text)));
    return width;
  };
}

/** Points as the handbook shows them: at most one decimal, a sign for awards. */
function signed(points: number): string {
  return points > 0 ? `+${formatPoints(points)}` : formatPoints(points);
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - stringWidth(text)));
}
