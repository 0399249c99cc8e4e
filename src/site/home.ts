/**
 * What the home page puts at a glance, chosen by data: the penalties staff have the most words for
 * (most 别名, a sign of how often they are looked up and how many ways people say them), the
 * clauses that count as complaints, and the categories with their clause counts.
 */
import type { Clause, Policy } from "../check/schema";
import { directionOf } from "./amounts";

export const AT_A_GLANCE = 8;

export function mostConsulted(policy: Policy, n = AT_A_GLANCE): Clause[] {
  const late = policy.lateFine?.clause;
  return policy.clauses
    .map((clause, order) => ({ clause, order }))
    .filter(({ clause }) => directionOf(policy, clause) === "deduct" && clause.id !== late && clause.points.kind !== "discretion")
    .sort((a, b) => b.clause.aliases.length - a.clause.aliases.length || a.order - b.order)
    .slice(0, n)
    .sort((a, b) => a.order - b.order)
    .map(({ clause }) => clause);
}

export function complaintClauses(policy: Policy): Clause[] {
  return policy.clauses.filter((c) => c.tags.includes(policy.grading.complaintTag));
}

export interface CategorySummary {
  id: string;
  title: string;
  direction: "award" | "deduct";
  clauses: Clause[];
}

export function categorySummaries(policy: Policy): CategorySummary[] {
  return policy.categories.map((c) => ({ ...c, clauses: policy.clauses.filter((cl) => cl.category === c.id) }));
}
