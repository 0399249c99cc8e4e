/** Reading and comparing bounds (≥ 3, 6（不含）以下…) as sets of numbers. */
import type { Bound } from "./schema";

export const holds = (b: Bound, x: number): boolean =>
  b.op === ">=" ? x >= b.value : b.op === "<=" ? x <= b.value : b.op === ">" ? x > b.value : x < b.value;

/** The same set of whole numbers, written with an inclusive bound (> 3 is ≥ 4). */
export function inclusiveOnIntegers(b: Bound): Bound {
  if (b.op === ">") return { ...b, op: ">=", value: Math.floor(b.value) + 1 };
  if (b.op === "<") return { ...b, op: "<=", value: Math.ceil(b.value) - 1 };
  if (b.op === ">=") return { ...b, value: Math.ceil(b.value) };
  return { ...b, value: Math.floor(b.value) };
}

/** Every number `a` admits, `b` admits too. */
export function within(a: Bound, b: Bound): boolean {
  const up = (o: Bound["op"]) => o === ">=" || o === ">";
  if (up(a.op) !== up(b.op)) return false;
  const strictA = a.op === ">" || a.op === "<";
  const strictB = b.op === ">" || b.op === "<";
  if (up(a.op)) return a.value > b.value || (a.value === b.value && (strictA || !strictB));
  return a.value < b.value || (a.value === b.value && (strictA || !strictB));
}

const SYMBOL = { ">=": "≥", "<=": "≤", ">": ">", "<": "<" } as const;

/** `≤ 10`, `≥ 3人次` */
export const describeBound = (b: Bound, unit = ""): string => `${SYMBOL[b.op]} ${b.value}${unit}`;
