/** Two checked policies → what changed between them: header, global rules, clauses, prose. */
import type { Block, Clause, Policy } from "../check/schema";
import { withoutSpans, sameIgnoringSpans } from "./plain";
import { PolicyDiff, type ClauseChange, type ClauseFieldChange, type ClauseSummary, type HeaderChange, type RuleChange } from "./schema";

export function diffPolicies(oldPolicy: Policy, newPolicy: Policy): PolicyDiff {
  const oldClauses = new Map(oldPolicy.clauses.map((c) => [c.id, c]));
  const newClauses = new Map(newPolicy.clauses.map((c) => [c.id, c]));
  const changed: ClauseChange[] = [];
  for (const clause of newPolicy.clauses) {
    const before = oldClauses.get(clause.id);
    if (!before) continue;
    const changes = diffClause(before, clause);
    if (changes.length > 0) changed.push({ id: clause.id, title: clause.title, direction: directionOf(newPolicy, clause), changes });
  }
  return PolicyDiff.parse({
    header: diffHeader(oldPolicy, newPolicy),
    rules: diffRules(oldPolicy, newPolicy),
    clauses: {
      added: newPolicy.clauses.filter((c) => !oldClauses.has(c.id)).map((c) => summarize(newPolicy, c)),
      removed: oldPolicy.clauses.filter((c) => !newClauses.has(c.id)).map((c) => summarize(oldPolicy, c)),
      changed,
    },
    prose: diffParagraphs(paragraphs(oldPolicy.document), paragraphs(newPolicy.document)),
  });
}

/** True when the diff has nothing to show. */
export function isEmptyDiff(diff: PolicyDiff): boolean {
  const { clauses } = diff;
  return (
    diff.header.length === 0 &&
    diff.rules.length === 0 &&
    clauses.added.length + clauses.removed.length + clauses.changed.length === 0 &&
    diff.prose.added.length + diff.prose.removed.length === 0
  );
}

function directionOf(policy: Policy, clause: Clause): "award" | "deduct" {
  return policy.categories.find((c) => c.id === clause.category)?.direction ?? "deduct";
}

function summarize(policy: Policy, clause: Clause): ClauseSummary {
  const { id, title, category, role, points, money, unit, tags, liability } = clause;
  return withoutSpans({ id, title, category, direction: directionOf(policy, clause), role, points, money, unit, tags, liability });
}

const CLAUSE_FIELDS = ["title", "category", "role", "points", "money", "unit", "tags", "aliases", "noRepeat", "liability", "original", "notes"] as const;

function diffClause(before: Clause, after: Clause): ClauseFieldChange[] {
  return CLAUSE_FIELDS.filter((field) => !sameIgnoringSpans(before[field], after[field])).map(
    (field) => ({ field, old: withoutSpans(before[field]), new: withoutSpans(after[field]) }) as ClauseFieldChange,
  );
}

function diffHeader(before: Policy, after: Policy): HeaderChange[] {
  const fields = ["title", "version", "effective"] as const;
  return fields.filter((field) => before[field] !== after[field]).map((field) => ({ field, old: before[field], new: after[field] }));
}

interface WithId {
  id: string;
}

function diffById<T extends WithId>(before: readonly T[], after: readonly T[]) {
  const oldById = new Map(before.map((item) => [item.id, item]));
  const newIds = new Set(after.map((item) => item.id));
  const changed: { id: string; old: T; new: T }[] = [];
  for (const item of after) {
    const previous = oldById.get(item.id);
    if (previous && !sameIgnoringSpans(previous, item)) changed.push({ id: item.id, old: withoutSpans(previous), new: withoutSpans(item) });
  }
  return {
    added: after.filter((item) => !oldById.has(item.id)).map(withoutSpans),
    removed: before.filter((item) => !newIds.has(item.id)).map(withoutSpans),
    changed,
  };
}

function diffRules(before: Policy, after: Policy): RuleChange[] {
  const rules: RuleChange[] = [];
  const plain = <K extends "basePoints" | "repeat" | "interventions" | "consequences" | "lateFine" | "defaultLiability">(rule: K) => {
    if (!sameIgnoringSpans(before[rule], after[rule])) rules.push({ rule, old: withoutSpans(before[rule]), new: withoutSpans(after[rule]) } as RuleChange);
  };
  plain("basePoints");
  plain("repeat");
  plain("interventions");
  plain("consequences");
  plain("lateFine");
  plain("defaultLiability");
  if (!sameIgnoringSpans(before.grading.grades, after.grading.grades)) rules.push({ rule: "grades", old: before.grading.grades, new: after.grading.grades });
  if (before.grading.complaintTag !== after.grading.complaintTag) rules.push({ rule: "complaintTag", old: before.grading.complaintTag, new: after.grading.complaintTag });
  const lists = [
    { rule: "gradeRules", ...diffById(before.grading.rules, after.grading.rules) },
    { rule: "roles", ...diffById(before.roles, after.roles) },
    { rule: "categories", ...diffById(before.categories, after.categories) },
    { rule: "tags", ...diffById(before.tags, after.tags) },
  ] as RuleChange[];
  for (const list of lists) if ("added" in list && list.added.length + list.removed.length + list.changed.length > 0) rules.push(list);
  return rules;
}

function paragraphs(document: readonly Block[]): string[] {
  return document.flatMap((block) => (block.kind === "paragraph" ? [block.text] : []));
}

/**
 * The paragraphs outside a longest common subsequence of the two texts: an inserted paragraph is one
 * addition, not a change of every paragraph after it; an edited one is a removal and an addition.
 */
function diffParagraphs(a: readonly string[], b: readonly string[]): { added: string[]; removed: string[] } {
  // lcs[i][j]: the length of a longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const added: string[] = [];
  const removed: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) removed.push(a[i++]!);
    else added.push(b[j++]!);
  }
  removed.push(...a.slice(i));
  added.push(...b.slice(j));
  return { added, removed };
}
