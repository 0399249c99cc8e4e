/** Matching clauses to what a user types in the picker: id, title or 别名, then the original text once it is loaded. */
import type { Clause } from "../../../check/schema";

export function matchClauses(clauses: readonly Clause[], query: string, originals: { [clauseId: string]: string[] } = {}, limit = 10): Clause[] {
  const q = query.trim().toLowerCase();
  if (q === "") return clauses.slice(0, limit);
  const scored: { clause: Clause; score: number; order: number }[] = [];
  clauses.forEach((clause, order) => {
    const id = clause.id.toLowerCase();
    const aliases = clause.aliases.map((a) => a.toLowerCase());
    let score = 0;
    if (id === q) score = 100;
    else if (aliases.includes(q)) score = 90;
    else if (id.startsWith(q)) score = 70;
    else if (clause.title.toLowerCase().includes(q)) score = 50;
    else if (aliases.some((a) => a.includes(q))) score = 40;
    else if (id.includes(q)) score = 30;
    else if (originals[clause.id]?.some((o) => o.includes(q))) score = 10;
    if (score > 0) scored.push({ clause, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).slice(0, limit).map((s) => s.clause);
}
