/** The record problems' messages, one per stable code. User-facing text is Simplified Chinese. */

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

/** How messages name the record as a whole. */
export const ROOT = "记录";
/** Far beyond any real event; larger values are slips that would overflow the totals. */
export const MAX_COUNT = 10_000;
export const MAX_DISCRETION = 1_000_000;

export const recordMessages = {
  /** A value of the wrong JSON type. */
  R0101: (a: { field: string; expected: string; actual: string }) => `${a.field === ROOT ? ROOT : `${a.field} `}应为${a.expected}，实际为${a.actual}`,
  R0102: (a: { field: string }) => `缺少必填字段 ${a.field}${FIELD_HELP[a.field] ? `（${FIELD_HELP[a.field]}）` : ""}`,
  R0103: (a: { field: string; allowed: readonly string[] }) => `未知字段“${a.field}”；可用的字段：${a.allowed.join("、")}`,
  R0104: (a: { field: string; what: string }) => `${a.field} 不能为空（${a.what}）`,
  R0105: (_: object) => "记录须有 person（个人记录）或 department（部门记录），且只能有其中一个",

  R0201: (a: { clause: string; suggestion: string | null; alias: boolean }) =>
    `未知条款“${a.clause}”` +
    (a.suggestion === null ? "" : a.alias ? `；这是条款“${a.suggestion}”的别名，请写条款编号` : `；是否想写“${a.suggestion}”？`),
  R0202: (a: { person: string; allowed: readonly string[] }) => `未知人员“${a.person}”；本记录的人员是 ${a.allowed.join("、")}`,
  R0203: (a: { person: string }) => `人员“${a.person}”在部门中重复出现`,
  R0204: (_: object) => "部门记录的每条记录须写明 person（成员或科室负责人）",
  R0205: (a: { clause: string; role: string; person: string }) => `${a.clause} 只适用于${a.role}，但“${a.person}”是部门成员`,
  R0206: (a: { clause: string; date: string; version: string; effective: string; added: boolean }) =>
    a.added
      ? `条款“${a.clause}”在 ${a.date} 尚未施行：它由版本“${a.version}”增设，${a.effective} 起施行`
      : `条款“${a.clause}”在 ${a.date} 已不再施行：版本“${a.version}”（${a.effective} 起施行）删除了它`,

  R0301: (a: { field: string; value: string }) => `${a.field} 应为真实存在的日期（YYYY-MM-DD），实际为“${a.value}”`,
  R0302: (a: { date: string; year: number }) => `日期 ${a.date} 不在记录年份 ${a.year} 年内`,
  R0303: (a: { paid: string; date: string }) => `finePaidOn ${a.paid} 早于处罚日期 ${a.date}`,

  R0401: (a: { value: number }) => `count 应为 1 到 ${MAX_COUNT} 之间的整数（人次或项数），实际为 ${a.value}`,
  R0402: (a: { clause: string; field: string; range: string }) => `${a.clause} 的 ${a.field} 是区间，须写明 ${a.range} 之间的整数`,
  R0403: (a: { clause: string; field: string; range: string; value: number }) =>
    `${a.clause} 的 ${a.field} 应为 ${a.range} 之间的整数，实际为 ${a.value}`,
  R0404: (a: { clause: string; field: string }) => `${a.clause} 酌情处理，须写明 ${a.field}（不小于0的数）`,
  R0405: (a: { clause: string; field: string; value: number }) =>
    `${a.clause} 的 ${a.field} 应为 0 到 ${MAX_DISCRETION} 之间、最多两位小数的数，实际为 ${a.value}`,
  R0406: (a: { clause: string; field: string; own: string; value: number }) =>
    `${a.clause} 的 ${a.field} ${a.own}，实际为 ${a.value}`,

  R0501: (a: { value: string; allowed: readonly string[] }) => `responsibility 应为 ${a.allowed.join("、")} 之一，实际为“${a.value}”`,
  R0502: (a: { clause: string; field: string; what: string }) => `${a.clause} 没有${a.what}，不应填写 ${a.field}`,
  R0503: (a: { clause: string; field: string; allowed: string; value: number }) =>
    `${a.clause} 的 ${a.field} 应为 ${a.allowed}，实际为 ${a.value}`,
} as const;

export type RecordCode = keyof typeof recordMessages;
export type RecordMessageArgs<C extends RecordCode> = Parameters<(typeof recordMessages)[C]>[0];

export interface RecordProblem {
  path: (string | number)[];
  code: string;
  message: string;
}

export function recordProblem<C extends RecordCode>(code: C, path: (string | number)[], args: RecordMessageArgs<C>): RecordProblem {
  const render = recordMessages[code] as (a: RecordMessageArgs<C>) => string;
  return { path, code, message: render(args) };
}

/** `events[3].points` */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("") || "(记录)";
}
