/**
 * Named facts of the policy for the prose pages (`<Fact name="repeatWindow" />` in MDX), so that
 * no number in content/ can go stale when the policy changes.
 */
import type { Policy } from "../check/schema";
import { consequencesText } from "./rules-text";

export function policyFacts(policy: Policy): Record<string, string> {
  const late = policy.lateFine;
  const tag = policy.tags.find((t) => t.id === policy.grading.complaintTag);
  return {
    title: policy.title,
    version: policy.version,
    effective: policy.effective,
    basePoints: String(policy.basePoints),
    clauseCount: String(policy.clauses.length),
    exampleCount: String(policy.examples.length),
    repeatWindow: String(policy.repeat.windowDays),
    repeatFactor: String(policy.repeat.factor),
    dueDays: late ? String(late.dueDays) : "",
    graceDays: late ? String(late.graceDays) : "",
    lateClause: late?.clause ?? "",
    consequences: consequencesText(policy),
    complaintTag: tag?.title ?? policy.grading.complaintTag,
    complaintClauses: policy.clauses.filter((c) => c.tags.includes(policy.grading.complaintTag)).map((c) => c.id).join("、"),
    grades: policy.grading.grades.join("、"),
    manager: policy.defaultLiability.role,
    managerShares: policy.defaultLiability.shares.map((s) => `“${s.responsibility}”责任 ${s.percent}%`).join("，"),
    frequencyTrigger: policy.interventions
      .filter((t) => t.kind === "frequency")
      .map((t) => (t.kind === "frequency" ? `${t.windowDays} 天内 ${t.count} 次违规` : ""))
      .join("、"),
  };
}
