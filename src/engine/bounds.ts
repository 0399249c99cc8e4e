/** Bound comparisons of the policy (intervention scores, grade caps, daily thresholds). */
import type { Bound } from "../check/schema";

export function satisfies(value: number, bound: Bound): boolean {
  switch (bound.op) {
    case ">=":
      return value >= bound.value;
    case "<=":
      return value <= bound.value;
    case ">":
      return value > bound.value;
    case "<":
      return value < bound.value;
  }
}

const SYMBOL: { [op in Bound["op"]]: string } = { ">=": "≥", "<=": "≤", ">": ">", "<": "<" };

/** `≤ 10`, `≥ 3人次` */
export function describeBound(bound: Bound, unit = ""): string {
  return `${SYMBOL[bound.op]} ${bound.value}${unit}`;
}
