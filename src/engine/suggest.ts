/** "Did you mean" for unknown clause ids: an exact alias or title first, else the nearest id by edit distance. */
import { distance as editDistance } from "fastest-levenshtein";
import type { Clause } from "../check/schema";

export interface Suggestion {
  id: string;
  /** The text was an alias or the title of the clause, not a misspelt id. */
  alias: boolean;
}

export function suggestClause(clauses: readonly Clause[], text: string): Suggestion | null {
  const named = clauses.find((clause) => clause.aliases.includes(text) || clause.title === text);
  if (named) return { id: named.id, alias: true };
  let best: { id: string; distance: number } | null = null;
  for (const clause of clauses) {
    const distance = editDistance(text, clause.id);
    if (!best || distance < best.distance) best = { id: clause.id, distance };
  }
  const limit = Math.max(2, Math.ceil([...text].length / 2));
  return best && best.distance <= limit ? { id: best.id, alias: false } : null;
}
