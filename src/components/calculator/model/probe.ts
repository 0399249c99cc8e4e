/**
 * Headroom by simulation: every figure here is the engine's answer to "what if the record had one
 * more event", never a separate calculation. A 酌情 penalty clause serves as a probe of any size.
 */
import type { Clause, Policy } from "../../../check/schema";
import { isDepartmentResult, simulate } from "../engine";
import type { GradeCapRule, Intervention, PersonResult, Record, RecordEvent, Result } from "../../../engine/index";
import { lastDate } from "./record-draft";

const STEP = 0.5;
const MAX_STEPS = 80;

export function personOf(result: Result, name: string): PersonResult | undefined {
  return isDepartmentResult(result) ? result.people.find((p) => p.name === name) : result;
}

/** A member penalty clause without a set amount or a liability of its own, not a complaint. */
export function probeClause(policy: Policy): Clause | null {
  const member = policy.roles.find((r) => r.kind === "member")?.id;
  const deduct = new Set(policy.categories.filter((c) => c.direction === "deduct").map((c) => c.id));
  return (
    policy.clauses.find(
      (c) =>
        deduct.has(c.category) &&
        c.role === member &&
        c.points.kind === "discretion" &&
        c.liability.length === 0 &&
        !c.tags.includes(policy.grading.complaintTag) &&
        c.id !== policy.lateFine?.clause,
    ) ?? null
  );
}

function probeEvent(clause: Clause, record: Record, person: string, points: number): RecordEvent {
  const event: RecordEvent = { date: lastDate(record), clause: clause.id, points };
  if (clause.money.kind === "discretion") event.fine = 0;
  if ("department" in record) event.person = person;
  return event;
}

/** The person's result with extra events appended at the record's last date. */
function withEvents(versions: readonly Policy[], record: Record, person: string, events: RecordEvent[]): PersonResult | undefined {
  const extended = { ...record, events: [...record.events, ...events] };
  return personOf(simulate(versions, extended), person);
}

const count = (list: Intervention[], kind: "score" | "frequency") => list.filter((i) => i.rule.kind === kind).length;

export interface Headroom {
  /** The first deduction after which the grade cap is stricter, or null if none within reach. */
  cap: { lost: number; score: number; cap: string; rule: GradeCapRule | null } | null;
  /** The first deduction that triggers a score intervention (积分扣完), or null. */
  score: { lost: number; score: number; reason: string } | null;
  /** How many more violations on the last date trigger a frequency intervention, or null. */
  frequency: { violations: number; date: string; reason: string } | null;
  date: string;
}

/** `policy` offers the probe clause and the triggers; `versions` judge the events. */
export function headroom(policy: Policy, versions: readonly Policy[], record: Record, person: string, now: PersonResult): Headroom | null {
  const probe = probeClause(policy);
  if (!probe) return null;
  const rank = (cap: string | null) => (cap === null ? -1 : policy.grading.grades.indexOf(cap));
  const result: Headroom = { cap: null, score: null, frequency: null, date: lastDate(record) };
  for (let i = 1; i <= MAX_STEPS && (result.cap === null || result.score === null); i++) {
    const after = withEvents(versions, record, person, [probeEvent(probe, record, person, i * STEP)]);
    if (!after) return null;
    const lost = now.finalScore - after.finalScore;
    if (result.cap === null && rank(after.gradeCap) > rank(now.gradeCap)) result.cap = { lost, score: after.finalScore, cap: after.gradeCap!, rule: after.gradeCapRule };
    if (result.score === null && count(after.interventions, "score") > count(now.interventions, "score")) {
      const added = after.interventions.filter((x) => x.rule.kind === "score").at(-1)!;
      result.score = { lost, score: after.finalScore, reason: added.reason };
    }
  }
  const trigger = policy.interventions.find((t) => t.kind === "frequency");
  for (let k = 1; trigger?.kind === "frequency" && k <= trigger.count && result.frequency === null; k++) {
    const after = withEvents(versions, record, person, Array.from({ length: k }, () => probeEvent(probe, record, person, 0)));
    if (after && count(after.interventions, "frequency") > count(now.interventions, "frequency")) {
      result.frequency = { violations: k, date: result.date, reason: trigger.reason };
    }
  }
  return result;
}
