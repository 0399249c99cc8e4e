import type { Pass } from "./context";
import type { NumberLit } from "../../syntax/tree";
import { problem, type Problem } from "../../diagnostics/problem";
import { NO_SPAN } from "../../diagnostics/span";

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
    if (!Number.isInteger(n.value) || n.value <= 0) problems.push(problem("E0505", n.span, { field, value: n.raw }));
  };
  nodes.forEach((node) => {
    const n = node as never as Record<string, NumberLit>;
    if (node.type === "Repeat") {
      positive(n.window!, "重犯加倍的天数");
      positive(n.factor!, "重犯加倍的倍数");
    } else if (node.type === "FrequencyCondition") {
      positive(n.window!, "诫勉的天数");
      positive(n.count!, "诫勉的违规次数");
    } else if (node.type === "LateFine") {
      positive(n.due!, "罚款缴纳的天数");
      if (n.grace!.value < 0 || !Number.isInteger(n.grace!.value)) problems.push(problem("E0505", n.grace!.span, { field: "宽限天数", value: n.grace!.raw }));
    } else if (node.type === "Number" && !(Math.abs(node.value as number) <= MAX_NUMBER)) {
      problems.push(problem("E0506", node.span as never, { value: node.raw as string }));
    } else if (node.type === "Date") {
      const value = node.value as string;
      if (!isRealDate(value)) problems.push(problem("E0503", node.span as never, { value }));
    }
  });
  return problems;
};

export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
