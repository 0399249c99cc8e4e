/** Zod's structural issues on a record, as located findings (data; record-messages.ts words them). */
import type { z } from "#zod";
import type { Path, RecordFinding } from "./record-findings";

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as { [k: PropertyKey]: unknown })[key];
  }
  return value;
}

export function findingsFromIssues(root: unknown, issues: readonly z.core.$ZodIssue[]): RecordFinding[] {
  const findings: RecordFinding[] = [];
  for (const issue of issues) {
    const path: Path = issue.path.map((key) => (typeof key === "number" ? key : String(key)));
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const isSubject = path.length === 0 && (key === "person" || key === "department");
        findings.push(isSubject ? { code: "R0105", path: [key], args: {} } : { code: "R0103", path: [...path, key], args: {} });
      }
    } else if (issue.code === "invalid_type") {
      const actual = valueAt(root, issue.path);
      if (actual === undefined && path.length === 1 && path[0] === "person") findings.push({ code: "R0105", path, args: {} });
      else if (actual === undefined && path.length > 0) findings.push({ code: "R0102", path, args: {} });
      else findings.push({ code: "R0101", path, args: { expected: issue.expected, actual } });
    } else if (issue.code === "too_small") {
      findings.push({ code: "R0104", path, args: { array: issue.origin === "array" } });
    } else {
      findings.push({ code: "R0101", path, args: { expected: null, actual: valueAt(root, issue.path) } });
    }
  }
  return findings;
}
