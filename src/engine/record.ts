/**
 * The record a calculator user or `policy simulate` gives: one calendar year of events, of one person
 * or of one department. The zod schemas are the structure and the source of the types;
 * `checkRecord` adds the checks that need the policy (clauses, people, dates, amounts).
 */
import { z } from "#zod";
import { compiled } from "#zod-compile";
import { checkRecordAgainstPolicy, type RecordParts } from "./record-checks";
import type { RecordFinding } from "./record-findings";
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

const Name = z.string().check(z.minLength(1));

export const IndividualRecord = z.strictObject({
  year: z.int(),
  person: z.strictObject({ name: Name }),
  events: z.array(RecordEvent),
});

export const DepartmentRecord = z.strictObject({
  year: z.int(),
  department: z.strictObject({ manager: Name, members: z.array(Name).check(z.minLength(1)) }),
  events: z.array(RecordEvent),
});

export const Record = z.union([IndividualRecord, DepartmentRecord]);

export type RecordEvent = z.output<typeof RecordEvent>;
export type IndividualRecord = z.output<typeof IndividualRecord>;
export type DepartmentRecord = z.output<typeof DepartmentRecord>;
export type Record = z.output<typeof Record>;

/** A well-formed record's check; `findings` is null for a malformed record (see `checkRecord`). */
export type RecordCheck = { ok: true; record: Record } | { ok: false; findings: RecordFinding[] | null };

export function isDepartmentRecord(record: Record): record is DepartmentRecord {
  return "department" in record;
}

/**
 * Check a parsed JSON value as a record of a policy (or of its versions: each event against the
 * version in force on its date). A well-formed record is taken as it is (the schemas transform
 * nothing, and the engine never changes a record) and gets the policy checks, each problem found as
 * data with its JSON path. A malformed one (the schema rejects it) is only said to be one
 * (`findings: null`): its problems are found when they are to be shown (record-structure.ts).
 */
export function checkRecord(policies: PolicyVersions, json: unknown): RecordCheck {
  if (typeof json !== "object" || json === null || Array.isArray(json) || !z.validate(structureOf("department" in json), json)) {
    return { ok: false, findings: null };
  }
  const findings = checkRecordAgainstPolicy(indexVersions(policies), partsOf(json as Record));
  return findings.length > 0 ? { ok: false, findings } : { ok: true, record: json as Record };
}

let structures: { individual: typeof IndividualRecord; department: typeof DepartmentRecord } | undefined;

/** The record schemas to validate with, compiled where zod may compile (on first use). */
function structureOf(isDepartment: boolean): typeof IndividualRecord | typeof DepartmentRecord {
  structures ??= { individual: compiled(IndividualRecord), department: compiled(DepartmentRecord) };
  return isDepartment ? structures.department : structures.individual;
}

const NONE_MALFORMED: ReadonlySet<string> = new Set();

/** The parts of a well-formed record, for the policy checks. */
function partsOf(record: Record): RecordParts {
  const subject: RecordParts["subject"] = isDepartmentRecord(record)
    ? { kind: "department", manager: record.department.manager, members: record.department.members }
    : { kind: "person", name: record.person.name };
  return { year: record.year, subject, events: record.events.map((fields) => ({ fields, malformed: NONE_MALFORMED })) };
}
