/**
 * Text → checked policy, the whole check stage in one place:
 *
 *   parse → fromTree → passes → logic passes → zod → examples
 *
 * Problems are collected, never thrown; the policy is returned only when there is no error.
 */
import { compiled } from "#zod-compile";
import { parse } from "../syntax/parse";
import type { Document } from "../syntax/tree";
import { fromTree } from "./from-tree";
import { Policy } from "./schema";
import { checkContext, type Pass } from "./passes/context";
import { reportDuplicateIds } from "./passes/report-duplicate-ids";
import { reportUnknownReferences } from "./passes/report-unknown-references";
import { reportBadAmounts } from "./passes/report-bad-amounts";
import { reportDirectionMismatch } from "./passes/report-direction-mismatch";
import { reportBadRules } from "./passes/report-bad-rules";
import { reportUnusedDefinitions } from "./passes/report-unused-definitions";
import { reportGradeCapLogic } from "./passes/report-grade-cap-logic";
import { reportBareBounds } from "./passes/report-bare-bounds";
import { runExamples } from "./run-examples";
import { schemaProblems } from "./schema-problems";
import { hasErrors, type Problem } from "../diagnostics/problem";

export const passes: readonly Pass[] = [
  reportDuplicateIds,
  reportUnknownReferences,
  reportBadAmounts,
  reportDirectionMismatch,
  reportBadRules,
  reportUnusedDefinitions,
];

/** Passes that read the rules as logic; they run only on a policy without errors. */
export const logicPasses: readonly Pass[] = [reportGradeCapLogic, reportBareBounds];

export interface CheckResult {
  /** The checked policy, or null when there is an error. */
  policy: Policy | null;
  tree: Document | null;
  problems: Problem[];
  /** How many clauses the text defines (also when it has errors). */
  clauseCount: number;
  title: string;
}

export interface CheckOptions {
  /** The file name shown in messages. */
  file?: string;
  /** Run the policy's examples through the engine (default true). */
  examples?: boolean;
}

export function checkText(text: string, options: CheckOptions = {}): CheckResult {
  const parsed = parse(text);
  if (!parsed.ok) return finish({ policy: null, tree: null, problems: [parsed.problem], clauseCount: 0, title: "" }, options);
  const draft = fromTree(parsed.tree);
  const ctx = checkContext(parsed.tree, draft.policy);
  const problems = [...draft.problems, ...passes.flatMap((pass) => pass(ctx))];
  let policy: Policy | null = null;
  if (!hasErrors(problems)) {
    problems.push(...logicPasses.flatMap((pass) => pass(ctx)));
    const checked = checkedPolicy().safeParse(draft.policy);
    if (checked.success) policy = checked.data;
    else problems.push(...schemaProblems(draft.policy, checked.error.issues));
    if (policy && options.examples !== false) problems.push(...runExamples(policy));
    if (hasErrors(problems)) policy = null;
  }
  const result = { policy, tree: parsed.tree, problems, clauseCount: draft.policy.clauses.length, title: draft.policy.title };
  return finish(result, options, draft.policy);
}

/**
 * The Policy schema, compiled where zod may compile (`compiled`; zod's own parser allocated twice
 * what the policy weighs), on first use.
 */
let compiledPolicy: typeof Policy | undefined;
export function checkedPolicy(): typeof Policy {
  return (compiledPolicy ??= compiled(Policy));
}

function finish(result: CheckResult, options: CheckOptions, draft?: Policy): CheckResult {
  const clauseAt = draft && result.problems.length > 0 ? clauseFinder(draft.clauses) : () => undefined;
  for (const p of result.problems) {
    if (options.file !== undefined) p.file = options.file;
    const clause = clauseAt(p.span.start.offset);
    if (clause && !p.notes.some((n) => n.startsWith("所在："))) p.notes.push(`所在：${[...clause.headings, clause.id].join(" › ")}`);
  }
  result.problems.sort((a, b) => a.span.start.offset - b.span.start.offset);
  return result;
}

/**
 * The clause whose text holds an offset. Clauses come in the order of the text and do not overlap,
 * so a binary search over where they start finds it (a search of every clause per problem was
 * quadratic in a policy with many problems).
 */
function clauseFinder(clauses: readonly Policy["clauses"][number][]): (offset: number) => Policy["clauses"][number] | undefined {
  const starts = clauses.map((c) => c.span.start.offset);
  const ends = clauses.map((c) => c.span.end.offset);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) lo = mid + 1;
      else hi = mid - 1;
    }
    const i = lo - 1;
    return i >= 0 && offset < ends[i]! ? clauses[i] : undefined;
  };
}
