/**
 * What the editor shows for a text, computed in one call (in the check worker): every problem with
 * its rustc-style text, and a preview of the checked policy (clause rows and each example's outcome).
 *
 * The examples are run one by one rather than inside checkText, so that a policy whose examples
 * fail still has a preview: the outcomes are what the editor wants to see after changing an amount.
 */
import { checkText } from "../../check/index";
import { runExample } from "../../check/run-examples";
import type { Example, Policy } from "../../check/schema";
import { formatProblem } from "../../diagnostics/format";
import type { Problem, Severity } from "../../diagnostics/problem";
import { expectationLines } from "../../site/example-view";
import { tableRows, type TableRow } from "../../site/table-rows";

export interface ShownProblem {
  code: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  /** Offsets into the checked text, to select the words in the textarea. */
  start: number;
  end: number;
  /** formatProblem's text: headline, location, the line and its carets, the notes. */
  text: string;
}

export interface ExampleOutcome {
  id: string;
  title: string;
  passed: boolean;
  /** The figures the example expects, one line per person (as on the 示例 page). */
  expected: string[];
  /** Each unmet expectation, “… 应为 X，实际为 Y”, or why the record was refused. */
  failures: string[];
  /** The actual figures of a failed expectation (the first “实际结果：” note), if any. */
  actual: string[];
}

export interface Preview {
  title: string;
  version: string;
  effective: string;
  complaintTitle: string;
  clauses: TableRow[];
  examples: ExampleOutcome[];
}

export interface Report {
  problems: ShownProblem[];
  /** Null when the text has an error that stops the policy from being checked. */
  preview: Preview | null;
}

export function analyse(text: string, file: string): Report {
  const result = checkText(text, { file, examples: false });
  const problems = [...result.problems];
  let preview: Preview | null = null;
  if (result.policy) {
    const outcomes = result.policy.examples.map((example) => {
      const found = runExample(result.policy!, example).map((p) => ({ ...p, file }));
      problems.push(...found);
      return outcome(result.policy!, example, found);
    });
    preview = previewOf(result.policy, outcomes);
  }
  problems.sort((a, b) => a.span.start.offset - b.span.start.offset);
  return { problems: problems.map((p) => shown(p, text)), preview };
}

function shown(p: Problem, text: string): ShownProblem {
  const { start, end } = p.span;
  return { code: p.code, severity: p.severity, message: p.message, line: start.line, column: start.column, start: start.offset, end: end.offset, text: formatProblem(p, text) };
}

function complaintTitle(policy: Policy): string {
  const tag = policy.grading.complaintTag;
  return policy.tags.find((t) => t.id === tag)?.title ?? tag;
}

function outcome(policy: Policy, example: Example, problems: readonly Problem[]): ExampleOutcome {
  const actual = problems.flatMap((p) => p.notes.filter((n) => n.startsWith("实际结果：")));
  return {
    id: example.id,
    title: example.title,
    passed: problems.length === 0,
    expected: expectationLines(example, complaintTitle(policy)),
    failures: problems.map((p) => p.message),
    actual: [...new Set(actual)],
  };
}

function previewOf(policy: Policy, examples: ExampleOutcome[]): Preview {
  return {
    title: policy.title,
    version: policy.version,
    effective: policy.effective,
    complaintTitle: complaintTitle(policy),
    clauses: tableRows(policy),
    examples,
  };
}
