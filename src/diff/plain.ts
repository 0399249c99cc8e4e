/** Values without their spans, and equality that ignores spans and key order. */

/** A deep copy of `value` without any `span` field. */
export function withoutSpans<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutSpans) as T;
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (key !== "span") out[key] = withoutSpans(item);
  return out as T;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "undefined";
  const entries = Object.entries(value)
    .filter(([key, item]) => key !== "span" && item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
}

export function sameIgnoringSpans(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}
