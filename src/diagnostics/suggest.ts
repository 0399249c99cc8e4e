import { distance } from "fastest-levenshtein";

/** The closest candidate to `name`, if it is close enough to be what the writer meant. */
export function closest(name: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(name.length, best?.length ?? 0) / 2));
  return best !== null && bestDistance <= limit ? best : null;
}

export function didYouMean(name: string, candidates: Iterable<string>): string[] {
  const best = closest(name, candidates);
  return best === null ? [] : [`提示：是否想写“${best}”？`];
}
