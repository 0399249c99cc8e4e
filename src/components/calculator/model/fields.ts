/** Which inputs an event of a clause needs in the calculator, read from the clause's amounts and liabilities. */
import type { Amount, Clause, Policy } from "../../../check/schema";

export interface RangeField {
  /** The amount as the clause sets it: a range (default its low bound) or 酌情 (any non-negative number). */
  amount: Extract<Amount, { kind: "range" | "discretion" }>;
  defaultValue: number;
}

export interface ClauseFields {
  direction: "award" | "deduct";
  /** The clause counts 人次 or 项. */
  unit: string | null;
  points: RangeField | null;
  money: RangeField | null;
  finePaidOn: boolean;
  /** Department records: the responsibilities of the default liability, when it applies. */
  responsibilities: string[] | null;
  managerPoints: RangeField | null;
  managerMoney: RangeField | null;
  directorShare: RangeField | null;
  /** The roles that take a share of the fine. */
  shareRoles: string[];
}

function chosen(amount: Amount): RangeField | null {
  if (amount.kind === "range") return { amount, defaultValue: amount.min };
  if (amount.kind === "discretion") return { amount, defaultValue: 0 };
  return null;
}

export function clauseFields(policy: Policy, clause: Clause, department: boolean, forManager: boolean): ClauseFields {
  const direction = policy.categories.find((c) => c.id === clause.category)?.direction ?? "deduct";
  const managerRole = policy.defaultLiability.role;
  const memberEvent = department && !forManager && direction === "deduct";
  const own = clause.liability.find((l) => l.kind === "fixed" && l.role === managerRole);
  const ownFixed = own?.kind === "fixed" ? own : null;
  const named = clause.liability.some((l) => l.role === managerRole);
  const share = clause.liability.find((l) => l.kind === "share");
  return {
    direction,
    unit: clause.unit,
    points: chosen(clause.points),
    money: chosen(clause.money),
    finePaidOn: direction === "deduct" && clause.money.kind !== "none",
    responsibilities: memberEvent && !named ? policy.defaultLiability.shares.map((s) => s.responsibility) : null,
    managerPoints: memberEvent && ownFixed ? chosen(ownFixed.points) : null,
    managerMoney: memberEvent && ownFixed ? chosen(ownFixed.money) : null,
    directorShare: memberEvent && share?.kind === "share" ? chosen(share.percent) : null,
    shareRoles: clause.liability.filter((l) => l.kind === "share").map((l) => l.role),
  };
}

export function rangeHint(field: RangeField, unit: string): string {
  return field.amount.kind === "range" ? `${field.amount.min}~${field.amount.max} ${unit}` : `酌情，不小于 0 ${unit}`;
}
