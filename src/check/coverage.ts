/**
 * What the policy's examples exercise: clauses, grade-cap rules and interventions that appear in
 * some example's result, and roles no record can ever name or affect.
 */
import type { Policy } from "./schema";
import { exampleRecord } from "./run-examples";
import { isDepartmentResult, simulate, validateRecord, type PersonResult, type Result } from "../engine";

export interface Coverage {
  clauses: { id: string; title: string; examples: string[] }[];
  capRules: { id: string; examples: string[] }[];
  interventions: { reason: string; examples: string[] }[];
  /** Roles that are neither a record's person nor the target of any liability. */
  unreachableRoles: string[];
}

function people(result: Result): (PersonResult | { entries: PersonResult["entries"] })[] {
  return isDepartmentResult(result) ? [...result.people, ...result.directors] : [result];
}

export function coverage(policy: Policy): Coverage {
  const clauses = new Map(policy.clauses.map((c) => [c.id, new Set<string>()]));
  const caps = new Map(policy.grading.rules.map((r) => [r.id, new Set<string>()]));
  const triggers = new Map(policy.interventions.map((t) => [t.reason, new Set<string>()]));
  for (const example of policy.examples) {
    const validation = validateRecord(policy, exampleRecord(example));
    if (!validation.ok) continue;
    for (const person of people(simulate(policy, validation.record))) {
      for (const entry of person.entries) clauses.get(entry.clause)?.add(example.id);
      if ("gradeCapRule" in person && person.gradeCapRule) caps.get(person.gradeCapRule.id)?.add(example.id);
      if ("interventions" in person) for (const i of person.interventions) triggers.get(i.reason)?.add(example.id);
    }
  }
  const liable = new Set(policy.clauses.flatMap((c) => c.liability.map((l) => l.role)).concat(policy.defaultLiability.role));
  return {
    clauses: policy.clauses.map((c) => ({ id: c.id, title: c.title, examples: [...clauses.get(c.id)!] })),
    capRules: policy.grading.rules.map((r) => ({ id: r.id, examples: [...caps.get(r.id)!] })),
    interventions: policy.interventions.map((t) => ({ reason: t.reason, examples: [...triggers.get(t.reason)!] })),
    unreachableRoles: policy.roles.filter((r) => r.kind === "other" && !liable.has(r.id)).map((r) => r.id),
  };
}
