/** Zod's structural issues on a record, turned into located problems with Chinese messages. */
import type { z } from "#zod";
import { ROOT, recordProblem, type RecordProblem } from "./record-messages";

export type { RecordProblem } from "./record-messages";

const EXPECTED: { [zodName: string]: string } = {
  string: "文字",
  number: "数字",
  int: "整数",
  object: "对象",
  array: "数组",
  boolean: "true 或 false",
};

export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "数组";
  switch (typeof value) {
    case "string":
      return `文字“${value}”`;
    case "number":
      return `数字 ${value}`;
    case "boolean":
      return String(value);
    case "object":
      return "对象";
    default:
      return "空";
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as { [k: PropertyKey]: unknown })[key];
  }
  return value;
}

function fieldName(path: readonly (string | number)[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return ROOT;
  if (typeof last === "number") return `${String(path[path.length - 2] ?? "")}[${last}]`;
  return last;
}

/** The field names allowed in each object of a record, taken from the schemas. */
export interface AllowedFields {
  record: readonly string[];
  person: readonly string[];
  department: readonly string[];
  event: readonly string[];
}

function allowedAt(allowed: AllowedFields, path: readonly (string | number)[]): readonly string[] {
  if (path.length === 0) return allowed.record;
  if (path[0] === "events") return allowed.event;
  return path[0] === "department" ? allowed.department : allowed.person;
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

export function problemsFromIssues(root: unknown, issues: readonly z.core.$ZodIssue[], allowed: AllowedFields): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const issue of issues) {
    const path = toPath(issue.path);
    const field = fieldName(path);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const isSubject = path.length === 0 && (key === "person" || key === "department");
        problems.push(isSubject ? recordProblem("R0105", [key], {}) : recordProblem("R0103", [...path, key], { field: key, allowed: allowedAt(allowed, path) }));
      }
    } else if (issue.code === "invalid_type") {
      const actual = valueAt(root, issue.path);
      if (actual === undefined && path.length === 1 && path[0] === "person") problems.push(recordProblem("R0105", path, {}));
      else if (actual === undefined && path.length > 0) problems.push(recordProblem("R0102", path, { field }));
      else if (path.length === 0) problems.push(recordProblem("R0101", path, { field, expected: " JSON 对象", actual: describeValue(actual) }));
      else problems.push(recordProblem("R0101", path, { field, expected: EXPECTED[issue.expected] ?? issue.expected, actual: describeValue(actual) }));
    } else if (issue.code === "too_small") {
      problems.push(recordProblem("R0104", path, { field, what: issue.origin === "array" ? "至少要有一项" : "至少要有一个字" }));
    } else {
      problems.push(recordProblem("R0101", path, { field, expected: "合乎格式的值", actual: describeValue(valueAt(root, issue.path)) }));
    }
  }
  return problems;
}
