/** Lookups over a checked policy, built once per simulation: clauses, directions, roles, shares. */
import type { Amount, Clause, Liability, Policy, Role } from "../check/schema";

export interface PolicyIndex {
  readonly policy: Policy;
  readonly clauses: ReadonlyMap<string, Clause>;
  /** Position of each clause in the policy, for stable tie-breaking. */
  readonly clauseOrder: ReadonlyMap<string, number>;
  readonly categoryDirection: ReadonlyMap<string, "award" | "deduct">;
  readonly roles: ReadonlyMap<string, Role>;
  /** The role a record's people are judged in (kind `member`). */
  readonly memberRole: Role | null;
  /** The 负责人 who shares a member's liability (kind `manager`). */
  readonly managerRole: Role | null;
  /** Money-only roles (kind `other`), in policy order. */
  readonly directorRoles: readonly Role[];
  readonly responsibilityPercent: ReadonlyMap<string, number>;
  readonly defaultResponsibility: string;
}

export function indexPolicy(policy: Policy): PolicyIndex {
  const shares = policy.defaultLiability.shares;
  return {
    policy,
    clauses: new Map(policy.clauses.map((clause) => [clause.id, clause])),
    clauseOrder: new Map(policy.clauses.map((clause, i) => [clause.id, i])),
    categoryDirection: new Map(policy.categories.map((category) => [category.id, category.direction])),
    roles: new Map(policy.roles.map((role) => [role.id, role])),
    memberRole: policy.roles.find((role) => role.kind === "member") ?? null,
    managerRole: policy.roles.find((role) => role.kind === "manager") ?? null,
    directorRoles: policy.roles.filter((role) => role.kind === "other"),
    responsibilityPercent: new Map(shares.map((share) => [share.responsibility, share.percent])),
    defaultResponsibility: shares[0]?.responsibility ?? "",
  };
}

export function directionOf(index: PolicyIndex, clause: Clause): "award" | "deduct" {
  const direction = index.categoryDirection.get(clause.category);
  if (!direction) throw new Error(`checked policy: clause ${clause.id} has unknown category ${clause.category}`);
  return direction;
}

export function isComplaint(index: PolicyIndex, clause: Clause): boolean {
  return clause.tags.includes(index.policy.grading.complaintTag);
}

export function roleKind(index: PolicyIndex, roleId: string): Role["kind"] | null {
  return index.roles.get(roleId)?.kind ?? null;
}

/** The clause's own fixed liability towards the manager role (the one `managerPoints`/`managerFine` choose in). */
export function managerFixedLiability(index: PolicyIndex, clause: Clause): Extract<Liability, { kind: "fixed" }> | null {
  const manager = index.managerRole;
  if (!manager) return null;
  for (const liability of clause.liability) if (liability.kind === "fixed" && liability.role === manager.id) return liability;
  return null;
}

export function shareLiabilities(clause: Clause): Extract<Liability, { kind: "share" }>[] {
  return clause.liability.filter((liability): liability is Extract<Liability, { kind: "share" }> => liability.kind === "share");
}

/** Whether the general liability rule applies: the clause names no liability of its own for that role. */
export function usesDefaultLiability(index: PolicyIndex, clause: Clause): boolean {
  const role = index.policy.defaultLiability.role;
  return !clause.liability.some((liability) => liability.role === role);
}

/** The per-unit value an event uses: fixed → its value, range → the chosen one or the low bound, 酌情 → the given one. */
export function chosenValue(amount: Amount, given: number | undefined): number {
  switch (amount.kind) {
    case "fixed":
      return amount.value;
    case "range":
      return given ?? amount.min;
    case "discretion":
      return given ?? 0;
    case "none":
      return 0;
  }
}

