/** The year-end grade cap: of the rules whose score and complaint bounds both hold, the most restrictive. */
import type { Grading } from "../check/schema";
import { satisfies } from "./bounds";
import type { GradeCapRule } from "./result";

export function gradeCap(grading: Grading, finalScore: number, complaints: number): GradeCapRule | null {
  let best: { rule: GradeCapRule; rank: number } | null = null;
  for (const rule of grading.rules) {
    if (!satisfies(finalScore, rule.score) || !satisfies(complaints, rule.complaints)) continue;
    const rank = grading.grades.indexOf(rule.cap);
    if (best === null || rank > best.rank) {
      best = { rule: { id: rule.id, cap: rule.cap, text: rule.text, score: rule.score, complaints: rule.complaints }, rank };
    }
  }
  return best?.rule ?? null;
}
