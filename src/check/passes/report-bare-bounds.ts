import type { Pass } from "./context";
import type { Bound as BoundNode, Rule } from "../../syntax/tree";
import { problem, type Problem } from "../../diagnostics/problem";
import { spanOf } from "../../syntax/span-of";

const READING = { ">=": "≥", "<=": "≤", ">": ">", "<": "<" } as const;
const LAW_NOTE = "提示：写明“（含）”或“（不含）”，并在解释说明中说明理由";

/**
 * Bounds a lawyer could read differently: a bare 以上/以下/以内 in the policy (W0202), and a rule
 * whose strictness differs from what its original sentence says (W0203, W0204).
 */
export const reportBareBounds: Pass = ({ nodes }) => {
  const problems: Problem[] = [];
  // Rules first: a walk reaches a rule before its bounds, and both may report at a bound.
  for (const rule of nodes.of<Rule>("Rule")) problems.push(...againstOriginal(rule));
  for (const b of nodes.of<BoundNode>("Bound")) {
    if (b.written !== "bare") continue;
    const written = `${b.value.raw}${b.unit ?? ""}${b.op === ">=" ? "以上" : "以下"}`;
    problems.push(problem("W0202", spanOf(b), { written, reading: `${READING[b.op]} ${b.value.raw}` }, [LAW_NOTE]));
  }
  return problems;
};

/** Compare each bound of a rule with the way its 原文 states the same number. */
function againstOriginal(rule: Rule): Problem[] {
  const original = rule.fields.flatMap((f) => (f.type === "Original" ? [f.text.value] : [])).join("");
  if (!original) return [];
  const body = rule.body;
  const bounds = body.type === "CapRule" ? [body.score, body.complaints] : body.type === "Trigger" && body.condition.type === "ScoreCondition" ? [body.condition.bound] : [];
  const out: Problem[] = [];
  for (const b of bounds) {
    const pattern = new RegExp(`(?<![0-9.])${b.value.raw.replace(".", "\\.")}\\s*[分次人项天]*\\s*([(（]含[)）])?\\s*[^,，;；。0-9]{0,6}?(以上|以下|以内)`);
    const m = pattern.exec(original);
    if (!m) continue;
    const strict = b.op === ">" || b.op === "<";
    const reading = `${READING[b.op]} ${b.value.raw}`;
    if (!m[1] && strict) out.push(problem("W0203", spanOf(b), { quoted: m[0], reading }, [LAW_NOTE]));
    if (m[1] && strict) out.push(problem("W0204", spanOf(b), { quoted: m[0], reading }));
  }
  return out;
}
