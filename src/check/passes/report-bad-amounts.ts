import type { Pass } from "./context";
import type { Amount, ClauseField } from "../../syntax/tree";
import { problem, type Problem } from "../../diagnostics/problem";

/** Amounts are numbers a person can apply: non-negative, ranges of whole numbers low to high. */
export const reportBadAmounts: Pass = ({ nodes }) => {
  const problems: Problem[] = [];
  nodes.forEach((node) => {
    if (node.type === "Amount") problems.push(...amountProblems(node as never as Amount));
    if (node.type === "PointsField" || node.type === "MoneyField") {
      const amount = (node as never as Extract<ClauseField, { type: "PointsField" }>).amount;
      if ((amount.kind === "fixed" || amount.kind === "range") && amount.percent)
        problems.push(problem("E0305", amount.span, { field: node.type === "PointsField" ? "分值" : "金额" }));
    }
    if (node.type === "Liability") {
      for (const key of ["points", "money"] as const) {
        const amount = node[key] as Amount | null;
        if (amount?.kind === "discretion") problems.push(problem("E0307", amount.span, {}));
      }
    }
  });
  return problems;
};

function amountProblems(a: Amount): Problem[] {
  switch (a.kind) {
    case "invalid":
      return [problem("E0303", a.span, { word: a.word })];
    case "fixed":
      if (a.value.value < 0) return [problem("E0302", a.value.span, { value: a.value.raw })];
      if (a.percent && a.value.value > 100) return [problem("E0308", a.value.span, { value: `${a.value.raw}%` })];
      return [];
    case "range": {
      const out: Problem[] = [];
      for (const end of [a.min, a.max]) {
        if (end.value < 0) out.push(problem("E0302", end.span, { value: end.raw }));
        else if (!Number.isInteger(end.value)) out.push(problem("E0304", end.span, { value: end.raw }));
        else if (a.percent && end.value > 100) out.push(problem("E0308", end.span, { value: `${end.raw}%` }));
      }
      if (out.length === 0 && a.min.value > a.max.value) out.push(problem("E0301", a.span, { min: a.min.value, max: a.max.value }));
      return out;
    }
    default:
      return [];
  }
}
