/** The 速查表 rows: one per clause, with display text and the values its filters and sorting use. */
import type { Policy } from "../check/schema";
import { directionOf, magnitude, pointsText, sortValue } from "./amounts";

export interface TableRow {
  id: string;
  title: string;
  aliases: string[];
  categoryId: string;
  categoryTitle: string;
  direction: "award" | "deduct";
  points: string;
  money: string;
  /** Filter keys: the bare magnitude (`1`, `2~3`, `酌情`, `无`). */
  pointsKey: string;
  moneyKey: string;
  /** Sort keys: the low bound, then the high bound (so that 5~10 comes after 5). */
  pointsSort: [number, number];
  moneySort: [number, number];
  unit: string;
  complaint: boolean;
  liability: boolean;
}

export function tableRows(policy: Policy): TableRow[] {
  return policy.clauses.map((c) => {
    const direction = directionOf(policy, c);
    return {
      id: c.id,
      title: c.title,
      aliases: c.aliases,
      categoryId: c.category,
      categoryTitle: policy.categories.find((x) => x.id === c.category)?.title ?? c.category,
      direction,
      points: pointsText(c.points, direction) ?? "—",
      money: c.money.kind === "discretion" ? "酌情处理" : magnitude(c.money) === null ? "—" : `${magnitude(c.money)} 元`,
      pointsKey: magnitude(c.points) ?? "无",
      moneyKey: magnitude(c.money) ?? "无",
      pointsSort: sortValue(c.points),
      moneySort: sortValue(c.money),
      unit: c.unit ?? "次",
      complaint: c.tags.includes(policy.grading.complaintTag),
      liability: c.liability.length > 0,
    };
  });
}

/** Distinct filter keys in a natural order: numbers ascending, then ranges, then words. */
export function distinctKeys(keys: string[]): string[] {
  const lead = (k: string) => (/^\d/.test(k) ? Number.parseFloat(k) : Number.POSITIVE_INFINITY);
  return [...new Set(keys)].sort((a, b) => lead(a) - lead(b) || a.length - b.length || a.localeCompare(b));
}
