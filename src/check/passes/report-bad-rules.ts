import type { Pass } from "./context";
import type { DateLit, FrequencyCondition, LateFine, NumberLit, Repeat } from "../../syntax/tree";
import { problem, type Problem } from "../../diagnostics/problem";
import { NO_SPAN } from "../../diagnostics/span";
import { spanOf } from "../../syntax/span-of";

/** No rule needs numbers beyond this; larger ones are typing slips (and would not stay exact). */
const MAX_NUMBER = 1_000_000_000;

/** The global rules are usable: one member and one manager role, whole positive windows and counts, sane numbers. */
export const reportBadRules: Pass = ({ nodes, policy }) => {
  const problems: Problem[] = [];
  for (const [kind, label] of [["member", "成员"], ["manager", "负责人"]] as const) {
    const found = policy.roles.filter((r) => r.kind === kind);
    if (found.length !== 1) problems.push(problem("E0504", found[1]?.span ?? policy.roles[0]?.span ?? NO_SPAN, { kind: `“${label}”` }));
  }
  const positive = (n: NumberLit, field: string) => {
    if (!Number.isInteger(n.value) || n.value <= 0) problems.push(problem("E0505", spanOf(n), { field, value: n.raw }));
  };
  for (const r of nodes.of<Repeat>("Repeat")) {
    positive(r.window, "重犯加倍的天数");
    positive(r.factor, "重犯加倍的倍数");
  }
  for (const c of nodes.of<FrequencyCondition>("FrequencyCondition")) {
    positive(c.window, "诫勉的天数");
    positive(c.count, "诫勉的违规次数");
  }
  for (const f of nodes.of<LateFine>("LateFine")) {
    positive(f.due, "罚款缴纳的天数");
    if (f.grace.value < 0 || !Number.isInteger(f.grace.value)) problems.push(problem("E0505", spanOf(f.grace), { field: "宽限天数", value: f.grace.raw }));
  }
  // After the rules, as a walk reaches a rule's numbers after the rule.
  for (const n of nodes.of<NumberLit>("Number")) {
    if (!(Math.abs(n.value) <= MAX_NUMBER)) problems.push(problem("E0506", spanOf(n), { value: n.raw }));
  }
  for (const d of nodes.of<DateLit>("Date")) {
    if (!isRealDate(d.value)) problems.push(problem("E0503", spanOf(d), { value: d.value }));
  }
  return problems;
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date of the calendar, written YYYY-MM-DD; years 0000–0099 are refused, as Date.UTC reads them as 1900–1999. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!);
}
