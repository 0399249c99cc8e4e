/**
 * The result of a simulation, as the calculator shows it and `policy simulate` prints it. The fields
 * of policy-notes.md come first; `reason`, `rule`, `gradeCapRule` and `reward` carry the reasons as data.
 */
import { z } from "zod";
import { Bound } from "../check/schema";

/** An event of the record (`late: false`), or the late-fine event the engine added for it (`late: true`). */
export const EventRef = z.object({ eventIndex: z.number().int().nonnegative(), late: z.boolean() });

export const DatedEventRef = EventRef.extend({ date: z.string() });

export const EntryReason = z.discriminatedUnion("kind", [
  /** A record event, as the clause sets it (times `count`). */
  z.object({ kind: z.literal("event"), eventIndex: z.number().int(), person: z.string(), count: z.number(), unitPoints: z.number(), unitMoney: z.number() }),
  /** A record event doubled as a repeat of `doubledBy`, the latest earlier event of the same clause. */
  z.object({
    kind: z.literal("repeat"),
    eventIndex: z.number().int(),
    person: z.string(),
    count: z.number(),
    unitPoints: z.number(),
    unitMoney: z.number(),
    factor: z.number(),
    windowDays: z.number(),
    doubledBy: DatedEventRef,
  }),
  /** The late-fine penalty the engine adds when the fine of `eventIndex` was paid after `lastDay`. */
  z.object({ kind: z.literal("late"), eventIndex: z.number().int(), person: z.string(), eventDate: z.string(), eventClause: z.string(), lastDay: z.string(), paidOn: z.string() }),
  /**
   * A manager's or director's part of a member's event: `rule` "clause" is the clause's own fixed
   * liability, "default" the general rule (`percent` by `responsibility`).
   */
  z.object({
    kind: z.literal("liability"),
    source: DatedEventRef,
    person: z.string(),
    role: z.string(),
    rule: z.enum(["clause", "default"]),
    responsibility: z.string().nullable(),
    percent: z.number().nullable(),
    sourcePoints: z.number(),
    sourceFine: z.number(),
  }),
  /** A role's percentage of the fine of a member's event. */
  z.object({ kind: z.literal("share"), source: DatedEventRef, person: z.string(), role: z.string(), percent: z.number(), sourceFine: z.number() }),
  /** Once on a day on which a group's pooled measure met the threshold. */
  z.object({
    kind: z.literal("daily"),
    role: z.string(),
    group: z.string(),
    clauses: z.array(z.string()),
    measure: z.enum(["count", "event"]),
    unit: z.string(),
    total: z.number(),
    threshold: Bound,
    events: z.array(DatedEventRef),
  }),
]);

export const Entry = z.object({
  date: z.string(),
  clause: z.string(),
  /** Signed: negative for deductions. */
  points: z.number(),
  /** Money paid as a penalty, in 元 (positive). */
  fine: z.number(),
  /** Money received as a reward, in 元 (positive); 0 for penalties. */
  reward: z.number(),
  doubled: z.boolean(),
  why: z.string(),
  reason: EntryReason,
});

export const InterventionRule = z.discriminatedUnion("kind", [
  /** The score moved from outside `bound` into it with entry `entry` (an index into `entries`). */
  z.object({ kind: z.literal("score"), trigger: z.number().int(), bound: Bound, before: z.number(), after: z.number(), entry: z.number().int() }),
  /** `events` are the counted violations, all within `windowDays` days. */
  z.object({
    kind: z.literal("frequency"),
    trigger: z.number().int(),
    count: z.number().int(),
    windowDays: z.number().int(),
    reset: z.boolean(),
    events: z.array(DatedEventRef),
  }),
]);

export const Intervention = z.object({ date: z.string(), reason: z.string(), rule: InterventionRule });

export const GradeCapRule = z.object({ id: z.string(), cap: z.string(), text: z.string(), score: Bound, complaints: Bound });

export const PersonResult = z.object({
  finalScore: z.number(),
  pointsDeducted: z.number(),
  pointsAwarded: z.number(),
  fines: z.number(),
  rewards: z.number(),
  violations: z.number().int(),
  complaints: z.number().int(),
  interventions: z.array(Intervention),
  gradeCap: z.string().nullable(),
  gradeCapRule: GradeCapRule.nullable(),
  entries: z.array(Entry),
});

export const IndividualResult = PersonResult;

export const DepartmentPerson = z.object({ name: z.string(), role: z.string() }).extend(PersonResult.shape);

export const DirectorResult = z.object({ role: z.string(), fines: z.number(), entries: z.array(Entry) });

export const DepartmentResult = z.object({ people: z.array(DepartmentPerson), directors: z.array(DirectorResult) });

export const Result = z.union([IndividualResult, DepartmentResult]);

export type EventRef = z.output<typeof EventRef>;
export type DatedEventRef = z.output<typeof DatedEventRef>;
export type EntryReason = z.output<typeof EntryReason>;
export type Entry = z.output<typeof Entry>;
export type InterventionRule = z.output<typeof InterventionRule>;
export type Intervention = z.output<typeof Intervention>;
export type GradeCapRule = z.output<typeof GradeCapRule>;
export type PersonResult = z.output<typeof PersonResult>;
export type IndividualResult = z.output<typeof IndividualResult>;
export type DepartmentPerson = z.output<typeof DepartmentPerson>;
export type DirectorResult = z.output<typeof DirectorResult>;
export type DepartmentResult = z.output<typeof DepartmentResult>;
export type Result = z.output<typeof Result>;

export function isDepartmentResult(result: Result): result is DepartmentResult {
  return "people" in result;
}
