/** Everything a clause page shows beyond the clause itself, derived from the checked policy. */
import type { Clause, Example, Policy } from "../check/schema";
import { clauseAmountsText, directionOf, moneyText, pointsText, type Direction } from "./amounts";
import { consequencesText, defaultLiabilityText, liabilityText, triggerText } from "./rules-text";
import { clauseHref, href, ruleHref } from "./urls";

export interface AppliedRule {
  title: string;
  text: string;
  href: string;
}

export interface ClauseView {
  clause: Clause;
  direction: Direction;
  categoryTitle: string;
  roleTitle: string;
  points: string | null;
  money: string | null;
  isComplaint: boolean;
  complaintTitle: string;
  liabilities: string[];
  rules: AppliedRule[];
  examples: Example[];
  previous: Clause | null;
  next: Clause | null;
}

export function clauseView(policy: Policy, clause: Clause): ClauseView {
  const direction = directionOf(policy, clause);
  const i = policy.clauses.indexOf(clause);
  const tag = policy.tags.find((t) => t.id === policy.grading.complaintTag);
  return {
    clause,
    direction,
    categoryTitle: policy.categories.find((c) => c.id === clause.category)?.title ?? clause.category,
    roleTitle: policy.roles.find((r) => r.id === clause.role)?.title ?? clause.role,
    points: pointsText(clause.points, direction),
    money: moneyText(clause.money, direction),
    isComplaint: clause.tags.includes(policy.grading.complaintTag),
    complaintTitle: tag?.title ?? policy.grading.complaintTag,
    liabilities: liabilities(policy, clause, direction),
    rules: appliedRules(policy, clause, direction),
    examples: policy.examples.filter((e) => e.events.some((ev) => ev.clause === clause.id)),
    previous: policy.clauses[i - 1] ?? null,
    next: policy.clauses[i + 1] ?? null,
  };
}

function liabilities(policy: Policy, clause: Clause, direction: Direction): string[] {
  const member = policy.roles.find((r) => r.kind === "member");
  const own = clause.liability.map((l) => liabilityText(l, member?.id ?? ""));
  if (direction === "award") return own;
  const managerNamed = clause.liability.some((l) => l.role === policy.defaultLiability.role);
  if (clause.role === member?.id && !managerNamed) own.push(defaultLiabilityText(policy));
  return own;
}

function appliedRules(policy: Policy, clause: Clause, direction: Direction): AppliedRule[] {
  const rules: AppliedRule[] = [];
  const { repeat, lateFine } = policy;
  if (direction === "award") {
    rules.push({ title: "重犯加倍", text: "奖励不加倍。", href: ruleHref("Repeat") });
    return rules;
  }
  rules.push(
    clause.noRepeat
      ? { title: "重犯加倍", text: "本条不按重犯加倍。", href: ruleHref("Repeat") }
      : { title: "重犯加倍", text: `同一人 ${repeat.windowDays} 天内（含）再犯本条的，扣分和罚款 ×${repeat.factor}，不连乘。`, href: ruleHref("Repeat") },
  );
  for (const t of policy.interventions) {
    const what = t.kind === "frequency" ? "每条本条记录算一次违规；" : "";
    rules.push({ title: `诫勉：${t.reason}`, text: `${what}${triggerText(t)}触发诫勉：${consequencesText(policy)}。`, href: ruleHref(`trigger:${t.reason}`) });
  }
  if (lateFine) {
    const late = policy.clauses.find((c) => c.id === lateFine.clause);
    const lateAmounts = late ? clauseAmountsText(policy, late) : "";
    if (clause.id === lateFine.clause) {
      rules.push({ title: "罚款逾期", text: `本条由计算自动加记：罚款在处罚后 ${lateFine.dueDays} 天内未缴、又逾期 ${lateFine.graceDays} 天的，在处罚后第 ${lateFine.dueDays + lateFine.graceDays + 1} 天加记。`, href: ruleHref("LateFine") });
    } else if (clause.money.kind !== "none") {
      rules.push({ title: "罚款逾期", text: `罚款须在 ${lateFine.dueDays} 天内缴纳；逾期 ${lateFine.graceDays} 天仍未缴的，另记 ${lateFine.clause}（${lateAmounts}）。`, href: late ? clauseHref(late.id) : ruleHref("LateFine") });
    }
  }
  if (clause.tags.includes(policy.grading.complaintTag)) {
    const tag = policy.tags.find((t) => t.id === policy.grading.complaintTag);
    rules.push({ title: "绩效评级", text: `每条本条记录算一次${tag?.title ?? policy.grading.complaintTag}，年底与积分一起决定评级上限。`, href: href("grading/") });
  }
  return rules;
}
