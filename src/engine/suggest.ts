/** "Did you mean" for unknown clause ids: an exact alias or title first, else the nearest id by edit distance. */
import type { Clause } from "../check/schema";

export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

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
