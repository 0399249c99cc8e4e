import type { Pass } from "./context";
import { problem, type Problem } from "../../diagnostics/problem";

/** A defined category, tag or role that nothing uses is probably a leftover or a typo elsewhere. */
export const reportUnusedDefinitions: Pass = ({ policy }) => {
  const problems: Problem[] = [];
  const usedCategories = new Set<string>();
  const usedTags = new Set([policy.grading.complaintTag]);
  const usedRoles = new Set([policy.defaultLiability.role]);
  for (const c of policy.clauses) {
    usedCategories.add(c.category);
    for (const t of c.tags) usedTags.add(t);
    usedRoles.add(c.role);
    for (const l of c.liability) usedRoles.add(l.role);
  }
  for (const c of policy.categories) if (!usedCategories.has(c.id)) problems.push(problem("W0101", c.span, { kind: "类别", name: c.id }));
  for (const t of policy.tags) if (!usedTags.has(t.id)) problems.push(problem("W0101", t.span, { kind: "标签", name: t.id }));
  for (const r of policy.roles) if (!usedRoles.has(r.id)) problems.push(problem("W0101", r.span, { kind: "角色", name: r.id }));
  for (const c of policy.clauses) {
    const discretion = c.points.kind === "discretion" || c.money.kind === "discretion";
    if (discretion && c.notes.length === 0) problems.push(problem("W0102", c.span, { id: c.id }));
  }
  return problems;
};
