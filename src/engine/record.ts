/**
 * The record a calculator user or `policy simulate` gives: one calendar year of events, of one person
 * or of one department. The zod schemas are the structure and the source of the types;
 * `checkRecord` adds the checks that need the policy (clauses, people, dates, amounts).
 */
import { z } from "#zod";
import { compiled } from "#zod-compile";
import { checkRecordAgainstPolicy, type EventParts, type RecordParts } from "./record-checks";
import type { RecordFinding } from "./record-findings";
import { findingsFromIssues } from "./record-structure";
import { indexVersions, type PolicyVersions } from "./versions";

export const RecordEvent = z.strictObject({
  /** `YYYY-MM-DD`, inside the record's year. */
  date: z.string(),
  /** A clause id of the policy (e.g. the id of a 处罚 clause). */
  clause: z.string(),
  /** Whose event: required in a department record (a member or the manager); optional in an individual one. */
  person: z.optional(z.string()),
  /** The 人次 or 项 the event covers (default 1); points and fine are multiplied by it. */
  count: z.optional(z.number()),
  /** The chosen points per unit, as a positive amount (for range and 酌情 clauses). */
  points: z.optional(z.number()),
  /** The chosen money per unit in 元 (the fine of a penalty, the reward of an award). */
  fine: z.optional(z.number()),
  /** The day the fine was paid; absent means paid on time. */
  finePaidOn: z.optional(z.string()),
  /** Whose responsibility, for the default manager liability (one of the policy's responsibilities). */
  responsibility: z.optional(z.string()),
  /** The manager's points and money where the clause's own liability gives a range. */
  managerPoints: z.optional(z.number()),
  managerFine: z.optional(z.number()),
  /** The percentage of the member's fine for roles with a share liability. */
  directorShare: z.optional(z.number()),
});

const Year = z.int();
const Name = z.string().check(z.minLength(1));

export const IndividualRecord = z.strictObject({
  year: Year,
  person: z.strictObject({ name: Name }),
  events: z.array(RecordEvent),
});

export const DepartmentRecord = z.strictObject({
  year: Year,
  department: z.strictObject({ manager: Name, members: z.array(Name).check(z.minLength(1)) }),
  events: z.array(RecordEvent),
});

export const Record = z.union([IndividualRecord, DepartmentRecord]);

export type RecordEvent = z.output<typeof RecordEvent>;
export type IndividualRecord = z.output<typeof IndividualRecord>;
export type DepartmentRecord = z.output<typeof DepartmentRecord>;
export type Record = z.output<typeof Record>;

export type RecordCheck = { ok: true; record: Record } | { ok: false; findings: RecordFinding[] };

export function isDepartmentRecord(record: Record): record is DepartmentRecord {
  return "department" in record;
}

/**
 * Check a parsed JSON value as a record of a policy (or of its versions: each event against the
 * version in force on its date). Every problem is found (structure first, then the policy checks
 * of each well-formed event), each as data with its JSON path; `validateRecord` words them.
 */
export function checkRecord(policies: PolicyVersions, json: unknown): RecordCheck {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, findings: findingsFromIssues(json, z.object({}).safeParse(json).error?.issues ?? []) };
  }
  const isDepartment = "department" in json;
  const shape = isDepartment ? DepartmentRecord : IndividualRecord;
  // A well-formed record is taken as it is (the schemas transform nothing, and the engine never
  // changes a record); only a malformed one goes through zod's parser, for its issues.
  const valid = z.validate(structureOf(isDepartment), json);
  const parsed = valid ? null : shape.safeParse(json);
  const structural = parsed && !parsed.success ? findingsFromIssues(json, parsed.error.issues) : [];
  const record = valid ? json : parsed?.success ? parsed.data : null;
  const parts = record ? partsOf(record) : wellFormedParts(json, isDepartment);
  const semantic = checkRecordAgainstPolicy(indexVersions(policies), parts);
  const findings = sortByPath([...structural, ...semantic]);
  if (findings.length > 0 || !record) return { ok: false, findings };
  return { ok: true, record };
}

let structures: { individual: typeof IndividualRecord; department: typeof DepartmentRecord } | undefined;

/** The record schemas to validate with, compiled where zod may compile (on first use). */
function structureOf(isDepartment: boolean): typeof IndividualRecord | typeof DepartmentRecord {
  structures ??= { individual: compiled(IndividualRecord), department: compiled(DepartmentRecord) };
  return isDepartment ? structures.department : structures.individual;
}

const NONE_MALFORMED: ReadonlySet<string> = new Set();

/** The parts of a record that passed the structure check. */
function partsOf(record: Record): RecordParts {
  const subject: RecordParts["subject"] = isDepartmentRecord(record)
    ? { kind: "department", manager: record.department.manager, members: record.department.members }
    : { kind: "person", name: record.person.name };
  return { year: record.year, subject, events: record.events.map((fields) => ({ fields, malformed: NONE_MALFORMED })) };
}

/** The parts of a (possibly malformed) record that pass the structure check, for the policy checks. */
function wellFormedParts(json: object, isDepartment: boolean): RecordParts {
  const raw = json as { year?: unknown; person?: unknown; department?: unknown; events?: unknown };
  const year = Year.safeParse(raw.year);
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
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) => eventIndex(a.problem) - eventIndex(b.problem) || a.order - b.order)
    .map(({ problem }) => problem);
}
