/**
 * Every problem the tools report, keyed by a stable code. Tests match the code and the text;
 * change a text here and the golden files show the change.
 *
 * E01xx syntax · E02xx names and references · E03xx amounts · E04xx clauses · E05xx document and
 * rules · E06xx examples · E07xx versions of one policy · W01xx definitions · W02xx/I02xx the logic of the rules (warnings and
 * information are shown, never fail a check)
 */
import type { Severity } from "./problem";

interface Entry<A> {
  severity: Severity;
  /** One line: what was found and what was expected. */
  text: (args: A) => string;
}

const error = <A = Record<string, never>>(text: (args: A) => string): Entry<A> => ({ severity: "error", text });
const warning = <A = Record<string, never>>(text: (args: A) => string): Entry<A> => ({ severity: "warning", text });
const info = <A = Record<string, never>>(text: (args: A) => string): Entry<A> => ({ severity: "info", text });

type Kind = "条款" | "角色" | "类别" | "标签" | "评级" | "评级规则" | "示例" | "责任" | "诫勉原因" | "人员";

export const messages = {
  E0101: error<{ expected: string; found: string }>((a) => `语法错误：此处应为${a.expected}，实际为${a.found}`),
  E0102: error<{ word: string }>((a) => `未知的关键字“${a.word}”`),
  E0103: error(() => "「 没有对应的 」：文字须以「开始、以」结束"),
  E0104: error(() => "连带处罚缺少扣分或罚款（如“连带 科长 扣分 1 罚款 100 元”）"),

  E0201: error<{ kind: Kind; name: string }>((a) => `未定义的${a.kind}“${a.name}”`),
  E0202: error<{ kind: Kind; name: string }>((a) => `${a.kind}“${a.name}”重复定义`),
  E0203: error<{ role: string; expected: string }>((a) => `角色“${a.role}”不能用在这里：此处应为${a.expected}`),

  E0301: error<{ min: number; max: number }>((a) => `区间的下限 ${a.min} 大于上限 ${a.max}`),
  E0302: error<{ value: string }>((a) => `金额不能为负数：${a.value}`),
  E0303: error<{ word: string }>((a) => `金额应为数字、区间（如 2~3）、“酌情”或“无”，实际为“${a.word}”`),
  E0304: error<{ value: string }>((a) => `区间的两端应为整数，实际为 ${a.value}`),
  E0305: error<{ field: string }>((a) => `${a.field}不能写百分比；百分比只用于连带处罚的罚款`),
  E0306: error<{ field: string; category: string; expected: string }>(
    (a) => `“${a.field}”与类别“${a.category}”不符：该类别的条款应写“${a.expected}”`,
  ),
  E0307: error(() => "连带处罚的金额不能是“酌情”"),
  E0308: error<{ value: string }>((a) => `百分比应在 0% 到 100% 之间，实际为 ${a.value}`),

  E0401: error<{ id: string }>((a) => `条款“${a.id}”缺少原文`),
  E0402: error<{ id: string; field: string }>((a) => `条款“${a.id}”缺少${a.field}`),
  E0403: error<{ field: string }>((a) => `“${a.field}”重复出现；每个条款只能写一次`),

  E0501: error<{ field: string }>((a) => `缺少${a.field}`),
  E0502: error<{ field: string }>((a) => `“${a.field}”重复出现；整个办法只能写一次`),
  E0503: error<{ value: string }>((a) => `不是有效的日期：${a.value}`),
  E0504: error<{ kind: string }>((a) => `应当恰好有一个${a.kind}角色`),
  E0505: error<{ field: string; value: string }>((a) => `${a.field}应为正整数，实际为 ${a.value}`),
  E0506: error<{ value: string }>((a) => `数字过大：${a.value.length > 20 ? `${a.value.slice(0, 20)}…` : a.value}（绝对值不能超过 1000000000）`),
  E0507: error<{ field: string; detail: string }>((a) => `此处的值不被接受（${a.field}：${a.detail}）`),

  E0601: error<{ example: string; detail: string }>((a) => `示例“${a.example}”的结果不符：${a.detail}`),
  E0602: error<{ example: string; detail: string }>((a) => `示例“${a.example}”的记录无效：${a.detail}`),

  E0701: error<{ title: string; date: string; other: string }>((a) => `《${a.title}》有两个版本都在 ${a.date} 生效（另一个是 ${a.other}）；每个版本须有自己的生效日期`),
  E0702: error<{ title: string; version: string; other: string }>((a) => `《${a.title}》的版本名“${a.version}”与 ${a.other} 相同；每个版本须有自己的名称`),
  E0603: error<{ example: string; field: string }>((a) => `示例“${a.example}”缺少${a.field}`),

  W0101: warning<{ kind: Kind; name: string }>((a) => `${a.kind}“${a.name}”已定义但没有用到`),
  W0201: warning<{ rule: string; by: string }>((a) => `评级规则“${a.rule}”永远不会改变结果：它适用的每一种情形，“${a.by}”都适用，且上限相同或更严`),
  W0202: warning<{ written: string; reading: string }>(
    (a) => `“${a.written}”没有写明是否包含本数；按《民法典》第1259条，“以上”“以下”“以内”包括本数，此处按“${a.reading}”理解`,
  ),
  W0203: warning<{ quoted: string; reading: string }>(
    (a) => `原文“${a.quoted}”没有写“(含)”，按《民法典》第1259条应包括本数，而本规则写的是“${a.reading}”`,
  ),
  W0204: warning<{ quoted: string; reading: string }>((a) => `原文“${a.quoted}”写明包含本数，而本规则写的是“${a.reading}”`),
  I0201: info<{ gaps: string }>((a) => `以下情形没有任何评级上限规则适用（不设上限）：${a.gaps}`),
  W0102: warning<{ id: string }>((a) => `条款“${a.id}”的金额为“酌情”，但没有解释说明`),
} as const;

export type Code = keyof typeof messages;
export type MessageArgs<C extends Code> = Parameters<(typeof messages)[C]["text"]>[0];
