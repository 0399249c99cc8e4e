/**
 * The record problems' messages, one per stable code, worded from the checks' findings. User-facing
 * text is Simplified Chinese. The calculator loads this file only when a record has a problem.
 */
import { describeAmount } from "../check/amounts";
import type { Amount, Clause } from "../check/schema";
import { DepartmentRecord, IndividualRecord, RecordEvent } from "./record";
import { MAX_COUNT, MAX_DISCRETION } from "./record-checks";
import type { FindingArgs, Path, RecordCode, RecordFinding } from "./record-findings";
import { suggestClause } from "./suggest";
import { indexVersions, type PolicyVersions, type Versions } from "./versions";

export interface RecordProblem {
  path: Path;
  code: string;
  message: string;
}

const FIELD_HELP: { [field: string]: string } = {
  year: "记录所属年份（整数）",
  person: "个人记录的人员 { name }",
  name: "姓名",
  department: "部门 { manager, members }",
  manager: "科室负责人姓名",
  members: "成员姓名列表",
  events: "记录列表",
  date: "日期，格式 YYYY-MM-DD",
  clause: "条款编号",
};

const EXPECTED: { [zodName: string]: string } = {
  string: "文字",
  number: "数字",
  int: "整数",
  object: "对象",
  array: "数组",
  boolean: "true 或 false",
};

/** How messages name the record as a whole. */
const ROOT = "记录";

/** The field names allowed in each object of a record, taken from the schemas. */
const ALLOWED_FIELDS = {
  record: [...new Set([...Object.keys(IndividualRecord.shape), ...Object.keys(DepartmentRecord.shape)])],
  person: Object.keys(IndividualRecord.shape.person.shape),
  department: Object.keys(DepartmentRecord.shape.department.shape),
  event: Object.keys(RecordEvent.shape),
};

function allowedAt(path: Path): readonly string[] {
  if (path.length <= 1) return ALLOWED_FIELDS.record;
  if (path[0] === "events") return ALLOWED_FIELDS.event;
  return path[0] === "department" ? ALLOWED_FIELDS.department : ALLOWED_FIELDS.person;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "数组";
  switch (typeof value) {
    case "string":
      return `文字“${value}”`;
    case "number":
      return `数字 ${value}`;
    case "boolean":
      return String(value);
    case "object":
      return "对象";
    default:
      return "空";
  }
}

/** What a liability amount allows, in words. */
function allowedLiabilityValue(amount: Amount): string {
  if (amount.kind === "range") return `${describeAmount(amount)} 之间的整数`;
  if (amount.kind === "fixed") return `固定值 ${amount.value}`;
  return "不小于0、最多两位小数的数";
}

/** Where a finding is: its path, the field it names (the path's last key), and the clauses of each version. */
interface Where {
  path: Path;
  field: string;
  clauses: (version: number) => readonly Clause[];
}

function fieldName(path: Path): string {
  const last = path[path.length - 1];
  if (last === undefined) return ROOT;
  if (typeof last === "number") return `${String(path[path.length - 2] ?? "")}[${last}]`;
  return last;
}

const recordMessages: { [C in RecordCode]: (a: FindingArgs[C], at: Where) => string } = {
  R0101: (a, { path, field }) => {
    const expected = a.expected === null ? "合乎格式的值" : path.length === 0 ? " JSON 对象" : (EXPECTED[a.expected] ?? a.expected);
    return `${field === ROOT ? ROOT : `${field} `}应为${expected}，实际为${describeValue(a.actual)}`;
  },
  R0102: (_, { field }) => `缺少必填字段 ${field}${FIELD_HELP[field] ? `（${FIELD_HELP[field]}）` : ""}`,
  R0103: (_, { path, field }) => `未知字段“${field}”；可用的字段：${allowedAt(path).join("、")}`,
  R0104: (a, { field }) => `${field} 不能为空（${a.array ? "至少要有一项" : "至少要有一个字"}）`,
  R0105: () => "记录须有 person（个人记录）或 department（部门记录），且只能有其中一个",

  R0201: (a, { clauses }) => {
    const suggestion = suggestClause(clauses(a.version), a.clause);
    return `未知条款“${a.clause}”` + (suggestion === null ? "" : suggestion.alias ? `；这是条款“${suggestion.id}”的别名，请写条款编号` : `；是否想写“${suggestion.id}”？`);
  },
  R0202: (a) => `未知人员“${a.person}”；本记录的人员是 ${a.allowed.join("、")}`,
  R0203: (a) => `人员“${a.person}”在部门中重复出现`,
  R0204: () => "部门记录的每条记录须写明 person（成员或科室负责人）",
  R0205: (a) => `${a.clause} 只适用于${a.role}，但“${a.person}”是部门成员`,
  R0206: (a) =>
    a.added
      ? `条款“${a.clause}”在 ${a.date} 尚未施行：它由版本“${a.version}”增设，${a.effective} 起施行`
      : `条款“${a.clause}”在 ${a.date} 已不再施行：版本“${a.version}”（${a.effective} 起施行）删除了它`,

  R0301: (a, { field }) => `${field} 应为真实存在的日期（YYYY-MM-DD），实际为“${a.value}”`,
  R0302: (a) => `日期 ${a.date} 不在记录年份 ${a.year} 年内`,
  R0303: (a) => `finePaidOn ${a.paid} 早于处罚日期 ${a.date}`,

  R0401: (a) => `count 应为 1 到 ${MAX_COUNT} 之间的整数（人次或项数），实际为 ${a.value}`,
  R0402: (a, { field }) => `${a.clause} 的 ${field} 是区间，须写明 ${describeAmount(a.amount)} 之间的整数`,
  R0403: (a, { field }) => `${a.clause} 的 ${field} 应为 ${describeAmount(a.amount)} 之间的整数，实际为 ${a.value}`,
  R0404: (a, { field }) => `${a.clause} 酌情处理，须写明 ${field}（不小于0的数）`,
  R0405: (a, { field }) => `${a.clause} 的 ${field} 应为 0 到 ${MAX_DISCRETION} 之间、最多两位小数的数，实际为 ${a.value}`,
  R0406: (a, { field }) => {
    const own = a.amount.kind === "fixed" ? `固定为 ${a.amount.value}，不需填写` : field === "fine" ? "没有规定金额，不应填写" : "没有规定分值，不应填写";
    return `${a.clause} 的 ${field} ${own}，实际为 ${a.value}`;
  },

  R0501: (a) => `responsibility 应为 ${a.allowed.join("、")} 之一，实际为“${a.value}”`,
  R0502: (a, { field }) => {
    const what = field === "directorShare" ? "按比例的连带罚款" : `对${a.role}的连带${field === "managerPoints" ? "扣分" : "罚款"}`;
    return `${a.clause} 没有${what}，不应填写 ${field}`;
  },
  R0503: (a, { field }) => `${a.clause} 的 ${field} 应为 ${allowedLiabilityValue(a.amount)}，实际为 ${a.value}`,
};

/** The findings of a record checked against these policies, each with its message. */
export function problemsFromFindings(policies: PolicyVersions, findings: readonly RecordFinding[]): RecordProblem[] {
  let versions: Versions | undefined;
  const clauses = (version: number) => (versions ??= indexVersions(policies)).all[version]!.policy.clauses;
  return findings.map(({ code, path, args }) => {
    const message = recordMessages[code] as (a: typeof args, at: Where) => string;
    return { path, code, message: message(args, { path, field: fieldName(path), clauses }) };
  });
}

/** `events[3].points` */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("") || "(记录)";
}
