/**
 * The policy's known findings for the 修订说明 page: the logic warnings and information of
 * `policy check` on the current version's file, and what its examples do not exercise. Shown,
 * never silenced.
 */
import { source } from "virtual:checked-policy";
import { checkText } from "../check/index";
import { coverage } from "../check/coverage";

export interface Finding {
  code: string;
  severity: "warning" | "info";
  message: string;
  notes: string[];
  file: string;
  line: number;
  excerpt: string;
}

export function policyFindings(): { findings: Finding[]; uncovered: string[]; capRulesWithoutExample: string[] } {
  const findings: Finding[] = [];
  const uncovered: string[] = [];
  const capRulesWithoutExample: string[] = [];
  for (const { file, text } of [source]) {
    const result = checkText(text, { file });
    const lines = text.split(/\r\n|\r|\n/);
    for (const p of result.problems) {
      if (p.severity === "error") continue;
      findings.push({
        code: p.code,
        severity: p.severity,
        message: p.message,
        notes: p.notes,
        file,
        line: p.span.start.line,
        excerpt: (lines[p.span.start.line - 1] ?? "").trim(),
      });
    }
    if (!result.policy) continue;
    const c = coverage(result.policy);
    uncovered.push(...c.clauses.filter((x) => x.examples.length === 0).map((x) => `${x.id} ${x.title}`));
    capRulesWithoutExample.push(...c.capRules.filter((x) => x.examples.length === 0).map((x) => x.id));
  }
  return { findings, uncovered, capRulesWithoutExample };
}
