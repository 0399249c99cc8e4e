/** The names the handbook gives the policy's rule blocks (the DSL's global rules), for headings and links. */
import type { Policy } from "../check/schema";
import { boundWords, consequencesText } from "./rules-text";

/** A heading and a one-line computed summary for a rule block (`Repeat`, `trigger:积分扣完`, `cap:评级1`…). */
export function ruleBlockTitle(policy: Policy, rule: string): { title: string; summary: string } {
  const [kind, arg = ""] = rule.split(/:(.*)/s);
  switch (kind) {
    case "BasePoints":
      return { title: "基础分", summary: `每人每年从 ${policy.basePoints} 分起算。` };
    case "trigger":
      return { title: `诫勉：${arg}`, summary: triggerSummary(policy, arg) };
    case "Consequences":
      return { title: "诫勉的后果", summary: consequencesText(policy) + "。" };
    case "DefaultLiability":
      return {
        title: "连带责任",
        summary: `${policy.defaultLiability.role}承担：${policy.defaultLiability.shares.map((s) => `“${s.responsibility}”责任 ${s.percent}%`).join("，")}。`,
      };
    case "Repeat":
      return { title: "重犯加倍", summary: `${policy.repeat.windowDays} 天内重犯同一条款，扣分和罚款 ×${policy.repeat.factor}。` };
    case "Grades":
      return { title: "绩效评级", summary: `等级从高到低：${policy.grading.grades.join("、")}。` };
    case "cap": {
      const r = policy.grading.rules.find((x) => x.id === arg);
      return {
        title: `评级上限：${arg}`,
        summary: r ? `积分 ${boundWords(r.score, " 分")}，且投诉 ${boundWords(r.complaints, " 次")} → 最高 ${r.cap}（${r.text}）。` : "",
      };
    }
    case "LateFine": {
      const l = policy.lateFine;
      return { title: "罚款缴纳", summary: l ? `${l.dueDays} 天内缴纳，逾期 ${l.graceDays} 天仍未缴的，加记 ${l.clause}。` : "" };
    }
    default:
      return { title: rule, summary: "" };
  }
}

function triggerSummary(policy: Policy, reason: string): string {
  const t = policy.interventions.find((x) => x.reason === reason);
  if (!t) return "";
  if (t.kind === "score") return `积分降到 ${boundWords(t.bound, " 分")}时触发。`;
  return `${t.windowDays} 天内第 ${t.count} 次违规时触发${t.reset ? "，此后重新计数" : ""}。`;
}
