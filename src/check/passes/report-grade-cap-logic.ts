import type { Pass } from "./context";
import type { Bound, CapRule, Policy } from "../schema";
import { describeBound, holds, inclusiveOnIntegers, within } from "../bounds";
import { problem, type Problem } from "../../diagnostics/problem";

/**
 * The grade-cap table read as logic: a rule another rule always overrides (W0201), and the
 * (score, complaints) regions no rule covers (I0201).
 */
export const reportGradeCapLogic: Pass = ({ policy }) => [...subsumedRules(policy), ...uncoveredRegions(policy)];

const rank = (policy: Policy, grade: string) => policy.grading.grades.indexOf(grade);
const describe = (r: CapRule) => `积分 ${describeBound(r.score)} 且 投诉 ${describeBound(r.complaints)} → 最高 ${r.cap}`;

function subsumedRules(policy: Policy): Problem[] {
  const rules = policy.grading.rules;
  const out: Problem[] = [];
  rules.forEach((r, i) => {
    const by = rules.find(
      (o, j) =>
        j !== i &&
        within(r.score, o.score) &&
        within(inclusiveOnIntegers(r.complaints), inclusiveOnIntegers(o.complaints)) &&
        rank(policy, o.cap) >= rank(policy, r.cap) &&
        // Of two identical rules, only the later one is reported.
        !(j > i && within(o.score, r.score) && within(inclusiveOnIntegers(o.complaints), inclusiveOnIntegers(r.complaints)) && o.cap === r.cap),
    );
    if (!by) return;
    const example = `例如积分 ${corner(r.score)}、投诉 ${corner(inclusiveOnIntegers(r.complaints))} 次时两条都适用，结果由“${by.id}”决定（最高 ${by.cap}）`;
    out.push(
      problem("W0201", r.span, { rule: r.id, by: by.id }, [
        `“${r.id}”：${describe(r)}`,
        `“${by.id}”：${describe(by)}`,
        `反例：找不到只适用“${r.id}”的情形；${example}`,
        "提示：删除这一条，或修改它的界限或上限，使它有自己的作用",
      ]),
    );
  });
  return out;
}

/** A number the bound admits, at its edge. */
const corner = (b: Bound) => (b.op === ">" ? b.value + 1 : b.op === "<" ? b.value - 1 : b.value);

function uncoveredRegions(policy: Policy): Problem[] {
  const rules = policy.grading.rules;
  if (rules.length === 0) return [];
  // Coverage can change only where a complaints bound starts or stops admitting whole numbers.
  const starts = new Set([0]);
  for (const r of rules) {
    const b = inclusiveOnIntegers(r.complaints);
    const at = b.op === ">=" ? b.value : b.value + 1;
    if (at > 0) starts.add(at);
  }
  const sorted = [...starts].sort((a, b) => a - b);
  const gaps: { from: number; to: number; scores: string }[] = [];
  sorted.forEach((from, i) => {
    const to = i + 1 < sorted.length ? sorted[i + 1]! - 1 : Infinity;
    const scores = uncoveredScores(rules.filter((r) => holds(r.complaints, from)));
    if (scores === null) return;
    const last = gaps.at(-1);
    if (last && last.scores === scores && last.to === from - 1) last.to = to;
    else gaps.push({ from, to, scores });
  });
  if (gaps.length === 0) return [];
  const label = (g: { from: number; to: number }) =>
    g.to === Infinity ? `投诉 ${g.from} 次及以上` : g.from === g.to ? `投诉 ${g.from} 次` : `投诉 ${g.from}~${g.to} 次`;
  return [problem("I0201", policy.grading.span, { gaps: gaps.map((g) => `${label(g)}：${g.scores}`).join("；") })];
}

/** The scores no rule of `matching` covers, in words; null when every score is covered or it is not a plain table. */
function uncoveredScores(matching: CapRule[]): string | null {
  if (matching.length === 0) return "任何积分";
  // The usual table has upper score bounds only: scores above the loosest bound have no cap.
  if (!matching.every((r) => r.score.op === "<=" || r.score.op === "<")) return null;
  const loosest = matching.reduce((a, b) => (within(a.score, b.score) ? b : a)).score;
  return `积分 ${loosest.op === "<=" ? ">" : "≥"} ${loosest.value}`;
}
