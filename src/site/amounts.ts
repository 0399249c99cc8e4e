/**
 * How amounts read in the handbook and the calculator: signs, ranges, 酌情处理. The policy's own
 * figures are written as the policy writes them; computed points with one decimal at most.
 */
import { describeAmount } from "../check/amounts";
import type { Amount, Clause, Policy } from "../check/schema";
import { formatPoints } from "../engine/quantity";

export type Direction = "award" | "deduct";

const MINUS = "−";

export function directionOf(policy: Policy, clause: Clause): Direction {
  return policy.categories.find((c) => c.id === clause.category)?.direction ?? "deduct";
}

/** The bare magnitude as the policy writes it: `1`, `2~3`, `酌情`, or null when the clause has none. */
export function magnitude(amount: Amount): string | null {
  return amount.kind === "none" ? null : describeAmount(amount);
}

/** Points as a reader sees them: `+1 分`, `−2~3 分`, `酌情处理`, or null. */
export function pointsText(amount: Amount, direction: Direction): string | null {
  if (amount.kind === "discretion") return "酌情处理";
  const m = magnitude(amount);
  return m === null ? null : `${direction === "award" ? "+" : MINUS}${m} 分`;
}

/** Money as a reader sees it: `奖励 100 元`, `罚款 200~300 元`, `酌情处理`, or null. */
export function moneyText(amount: Amount, direction: Direction): string | null {
  if (amount.kind === "discretion") return "酌情处理";
  const m = magnitude(amount);
  return m === null ? null : `${direction === "award" ? "奖励" : "罚款"} ${m} 元`;
}

/** One line for lists and search results: `−1 分 · 罚款 100 元`. */
export function clauseAmountsText(policy: Policy, clause: Clause): string {
  const d = directionOf(policy, clause);
  const parts = [pointsText(clause.points, d), moneyText(clause.money, d)].filter((p): p is string => p !== null);
  const unique = [...new Set(parts)];
  return unique.length > 0 ? unique.join(" · ") : "无";
}

/** Sort keys for an amount: low and high bound; -1 for 酌情 and none. */
export function sortValue(amount: Amount): [number, number] {
  switch (amount.kind) {
    case "fixed": return [amount.value, amount.value];
    case "range": return [amount.min, amount.max];
    default: return [-1, -1];
  }
}

/** A signed points change as shown in results: `+1`, `−2`, `−0.5`. */
export function signed(n: number): string {
  if (n === 0) return "0";
  return (n > 0 ? "+" : MINUS) + formatPoints(Math.abs(n));
}
