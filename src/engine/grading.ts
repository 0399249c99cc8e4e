/** The year-end grade cap: of the rules whose score and complaint bounds both hold, the most restrictive. */
import type { Grading } from "../check/schema";
import { holds } from "../check/bounds";
import type { GradeCapRule } from "./result";

export function gradeCap(grading: Grading, finalScore: number, complaints: number): GradeCapRule | null {
  let best: { rule: GradeCapRule; rank: number } | null = null;
  for (const rule of grading.rules) {
    if (!holds(rule.score, finalScore) || !holds(rule.complaints, complaints)) continue;
    const rank = grading.grades.indexOf(rule.cap);
    if (best === null || rank > best.rank) {
      best = { rule: { id: rule.id, cap: rule.cap, text: rule.text, score: rule.score, complaints: rule.complaints }, rank };
    }
  }
  return best?.rule ?? null;
}
