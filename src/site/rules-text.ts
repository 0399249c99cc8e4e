/** Policy-wide rules put into words: bounds, triggers, liabilities. Shared by clause and rule pages. */
import type { Bound, Liability, Policy, Trigger } from "../check/schema";
import { magnitude } from "./amounts";

const OP_WORDS: Record<Bound["op"], string> = { "<=": "（含）以下", "<": "以下（不含）", ">=": "（含）以上", ">": "以上（不含）" };
const OP_SYMBOL: Record<Bound["op"], string> = { "<=": "≤", "<": "<", ">=": "≥", ">": ">" };

/** `10（含）以下` */
export function boundWords(b: Bound, unit = ""): string {
  return `${b.value}${unit}${OP_WORDS[b.op]}`;
}

/** `≤ 10` */
export function boundSymbol(b: Bound): string {
  return `${OP_SYMBOL[b.op]} ${b.value}`;
}

export function roleTitle(policy: Policy, id: string): string {
  return policy.roles.find((r) => r.id === id)?.title ?? id;
}

export function triggerText(t: Trigger): string {
  if (t.kind === "score") return `积分（从此前的更高分）降到${boundWords(t.bound, "分")}时`;
  return `${t.windowDays}天内第${t.count}次违规时${t.reset ? "（触发后重新计数）" : ""}`;
}

export function consequencesText(policy: Policy): string {
  return policy.consequences.map((c) => (c.money === null ? c.text : `${c.text} ${c.money} 元`)).join("、");
}

function amountPair(points: Liability & { kind: "fixed" | "daily" }): string {
  const p = magnitude(points.points);
  const m = magnitude(points.money);
  const parts = [p === null ? null : `扣 ${p} 分`, m === null ? null : `罚款 ${m} 元`].filter(Boolean);
  return parts.join("、");
}

/** One liability in words, e.g. `<role>：扣 1 分、罚款 100 元`; `member` names whose fine a share is of. */
export function liabilityText(l: Liability, member: string): string {
  const who = l.role;
  switch (l.kind) {
    case "fixed": {
      const ranged = l.points.kind === "range" || l.money.kind === "range";
      return `${who}：${amountPair(l)}${ranged ? "（记录未写明的，按区间下限）" : ""}`;
    }
    case "share":
      return `${who}：按该${member}罚款的 ${magnitude(l.percent)}% 罚款${l.percent.kind === "range" ? `（未写明的按 ${l.percent.min}%）` : ""}，只罚款不扣分`;
    case "daily":
      return `${who}：同一天“${l.group}”合计${l.measure === "event" ? "（每条记录算 1 " + l.unit + "）" : ""}达到 ${boundWords(l.threshold, " " + l.unit)}的，当天${amountPair(l)}，每天一次`;
  }
}

/** The default liability in words: the role, then each responsibility's percentage. */
export function defaultLiabilityText(policy: Policy): string {
  const d = policy.defaultLiability;
  const shares = d.shares.map((s) => `“${s.responsibility}”责任 ${s.percent}%`).join("，");
  const member = policy.roles.find((r) => r.kind === "member")?.id ?? "";
  return `${d.role}承担该${member}本次扣分和罚款（加倍后）的一定比例：${shares}`;
}
