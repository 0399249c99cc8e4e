/**
 * Every finding of a JSON value as a record, a malformed one's too: zod's structural issues, then
 * the policy checks of the parts that are well-formed, so one pass reports every problem. Only a
 * record to be reported on comes here (`validateRecord`): `checkRecord` tells a well-formed record
 * without zod's parser.
 */
import { z } from "#zod";
import { DepartmentRecord, IndividualRecord, RecordEvent } from "./record";
import { checkRecordAgainstPolicy, type EventParts, type RecordParts } from "./record-checks";
import type { Path, RecordFinding } from "./record-findings";
import { indexVersions, type PolicyVersions } from "./versions";

export function findingsOf(policies: PolicyVersions, json: unknown): RecordFinding[] {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return findingsFromIssues(json, z.object({}).safeParse(json).error?.issues ?? []);
  }
  const isDepartment = "department" in json;
  const parsed = (isDepartment ? DepartmentRecord : IndividualRecord).safeParse(json);
  const structural = parsed.success ? [] : findingsFromIssues(json, parsed.error.issues);
  const semantic = checkRecordAgainstPolicy(indexVersions(policies), wellFormedParts(json, isDepartment));
  return sortByPath([...structural, ...semantic]);
}

/** The parts of a (possibly malformed) record that pass the structure check, for the policy checks. */
function wellFormedParts(json: object, isDepartment: boolean): RecordParts {
  const raw = json as { year?: unknown; person?: unknown; department?: unknown; events?: unknown };
  const year = IndividualRecord.shape.year.safeParse(raw.year);
  let subject: RecordParts["subject"] = null;
  if (isDepartment) {
    const department = DepartmentRecord.shape.department.safeParse(raw.department);
    if (department.success) subject = { kind: "department", ...department.data };
  } else {
    const person = IndividualRecord.shape.person.safeParse(raw.person);
    if (person.success) subject = { kind: "person", name: person.data.name };
  }
  const events = Array.isArray(raw.events) ? raw.events.map(wellFormedEvent) : [];
  return { year: year.success ? year.data : null, subject, events };
}

/** The fields of an event that are well-formed on their own, and the names of those that are not. */
function wellFormedEvent(raw: unknown): EventParts | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const fields: { [field: string]: unknown } = {};
  const malformed = new Set<string>();
  for (const [field, schema] of Object.entries(RecordEvent.shape)) {
    const value = (raw as { [field: string]: unknown })[field];
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) fields[field] = parsed.data;
    else malformed.add(field);
  }
  return { fields: fields as Partial<RecordEvent>, malformed };
}

/** Problems of the record's head first, then those of each event in record order. */
function sortByPath(findings: RecordFinding[]): RecordFinding[] {
  const eventIndex = (p: RecordFinding) => (p.path[0] === "events" && typeof p.path[1] === "number" ? p.path[1] : -1);
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => eventIndex(a.finding) - eventIndex(b.finding) || a.order - b.order)
    .map(({ finding }) => finding);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as { [k: PropertyKey]: unknown })[key];
  }
  return value;
}

/** Zod's structural issues on a record, as located findings. */
function findingsFromIssues(root: unknown, issues: readonly z.core.$ZodIssue[]): RecordFinding[] {
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
