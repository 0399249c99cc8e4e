import type { Pass } from "./context";
import { problem, type Problem } from "../../diagnostics/problem";
import { spanOf } from "../../syntax/span-of";

const POINTS = { award: "加分", deduct: "扣分" } as const;
const MONEY = { award: "奖金", deduct: "罚款" } as const;

/** A reward clause adds points and pays money; a penalty clause deducts and fines. */
export const reportDirectionMismatch: Pass = ({ tree, policy }) => {
  const problems: Problem[] = [];
  // By where it starts, the node a clause was translated from: a search per clause was quadratic in clauses.
  const categoryOf = new Map(policy.clauses.map((c) => [c.span.start.offset, c.category]));
  // A repeated category id is reported elsewhere; as before, the first definition counts.
  const categories = new Map([...policy.categories].reverse().map((c) => [c.id, c]));
  for (const item of tree.items) {
    if (item.type !== "Clause") continue;
    const categoryId = categoryOf.get(item.from);
    const category = categoryId === undefined ? undefined : categories.get(categoryId);
    if (!category) continue;
    for (const f of item.fields) {
      if (f.type === "PointsField" && f.direction !== category.direction)
        problems.push(problem("E0306", spanOf(f), { field: POINTS[f.direction], category: category.id, expected: POINTS[category.direction] }));
      const key = f.type === "MoneyField" ? (f.key === "reward" ? "award" : "deduct") : null;
      if (f.type === "MoneyField" && key !== category.direction && f.amount.kind !== "none")
        problems.push(problem("E0306", spanOf(f), { field: MONEY[key!], category: category.id, expected: MONEY[category.direction] }));
    }
  }
  return problems;
};
