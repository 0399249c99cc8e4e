/**
 * The last check: the draft through the Policy schema. The passes report every value the schema
 * refuses, so a refusal here means a pass is missing; it is still a located problem (E0507), never
 * a thrown ZodError: a policy editor gets a line to look at, and the editor and the build keep going.
 */
import type { z } from "zod";
import { problem, type Problem } from "../diagnostics/problem";
import { NO_SPAN, type Span } from "../diagnostics/span";
import type { Policy } from "./schema";

type Issue = z.core.$ZodIssue;

/** What the schema wanted, in Chinese: a bound (the draft's types are TypeScript's, so little else can fail). */
function detailOf(issue: Issue): string {
  switch (issue.code) {
    case "too_small":
      return `应${issue.inclusive ? "不小于" : "大于"} ${String(issue.minimum)}`;
    case "too_big":
      return `应${issue.inclusive ? "不大于" : "小于"} ${String(issue.maximum)}`;
    default:
      return "不符合要求";
  }
}

/** The span of the innermost part of the draft on `path` that has one. */
function spanOnPath(draft: unknown, path: readonly PropertyKey[]): Span {
  let span: Span = NO_SPAN;
  let value = draft;
  for (const key of [...path, null]) {
    if (typeof value !== "object" || value === null) break;
    const own = (value as { span?: Span }).span;
    if (own && own !== NO_SPAN) span = own;
    if (key === null) break;
    value = (value as { [key: PropertyKey]: unknown })[key];
  }
  return span;
}

export function schemaProblems(draft: Policy, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => problem("E0507", spanOnPath(draft, issue.path), { field: issue.path.join("."), detail: detailOf(issue) }));
}
