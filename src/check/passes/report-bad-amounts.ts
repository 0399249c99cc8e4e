import type { Pass } from "./context";
import type { Amount, ClauseField, Liability, Share } from "../../syntax/tree";
import { problem, type Problem } from "../../diagnostics/problem";
import { spanOf } from "../../syntax/span-of";

/** Amounts are numbers a person can apply: non-negative, ranges of whole numbers low to high. */
export const reportBadAmounts: Pass = ({ nodes }) => {
  const problems: Problem[] = [];
  for (const type of ["PointsField", "MoneyField"] as const) {
    for (const field of nodes.of<Extract<ClauseField, { type: typeof type }>>(type)) {
      const amount = field.amount;
      if ((amount.kind === "fixed" || amount.kind === "range") && amount.percent)
        problems.push(problem("E0305", spanOf(amount), { field: type === "PointsField" ? "分值" : "金额" }));
    }
  }
  for (const liability of nodes.of<Liability>("Liability")) {
    for (const amount of [liability.points, liability.money]) {
      if (amount?.kind === "discretion") problems.push(problem("E0307", spanOf(amount), {}));
    }
  }
  for (const amount of nodes.of<Amount>("Amount")) amountProblems(amount, problems);
  // The general liability rule's shares are percentages of the member's points and fine.
  for (const { percent } of nodes.of<Share>("Share")) {
    if (!(percent.value >= 0 && percent.value <= 100)) problems.push(problem("E0308", spanOf(percent), { value: `${percent.raw}%` }));
  }
  return problems;
};

function amountProblems(a: Amount, out: Problem[]): void {
  switch (a.kind) {
    case "invalid":
      out.push(problem("E0303", spanOf(a), { word: a.word }));
      return;
    case "fixed":
      if (a.value.value < 0) out.push(problem("E0302", spanOf(a.value), { value: a.value.raw }));
      else if (a.percent && a.value.value > 100) out.push(problem("E0308", spanOf(a.value), { value: `${a.value.raw}%` }));
      return;
    case "range": {
      const before = out.length;
      for (const end of [a.min, a.max]) {
        if (end.value < 0) out.push(problem("E0302", spanOf(end), { value: end.raw }));
        else if (!Number.isInteger(end.value)) out.push(problem("E0304", spanOf(end), { value: end.raw }));
        else if (a.percent && end.value > 100) out.push(problem("E0308", spanOf(end), { value: `${end.raw}%` }));
      }
      if (out.length === before && a.min.value > a.max.value) out.push(problem("E0301", spanOf(a), { min: a.min.value, max: a.max.value }));
      return;
    }
  }
}
