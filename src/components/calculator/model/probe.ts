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

function probeEvent(clause: Clause, date: string, record: Record, person: string, points: number): RecordEvent {
  const event: RecordEvent = { date, clause: clause.id, points };
  if (clause.money.kind === "discretion") event.fine = 0;
  if ("department" in record) event.person = person;
  return event;
}

/** The person's result with extra events appended at the record's last date. */
function withEvents(versions: readonly Policy[], record: Record, person: string, events: RecordEvent[]): PersonResult | undefined {
  const extended = { ...record, events: [...record.events, ...events] };
  return personOf(simulate(versions, extended), person);
}

/**
 * The record cut to the events that decide `person`'s result: a department member's own (other
 * people's events reach only the manager and the directors: an engine law,
 * test/engine/properties.test.ts), everyone's for the manager or a person's record.
 */
function decidingRecord(record: Record, person: string): Record {
  if (!("department" in record) || person === record.department.manager) return record;
  return { ...record, events: record.events.filter((e) => e.person === person) };
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

/**
 * `policy` offers the probe clause and the triggers; `versions` judge the events.
 *
 * The answers are those of trying every probe size from one step up (the figures say "the first
 * deduction that…"), found with a few simulations rather than one per step: a record of 10,000
 * events takes 30–100 ms to simulate, and 80 steps of it froze the page for seconds.
 * - The probe is the last event of the record's last date, so only deductions follow it (late
 *   fines, daily liability lines): the larger the probe, the lower every later score, and a score
 *   trigger that fires for one size fires for every larger one. The least size is found by halving.
 * - The year-end score falls by the same amount at every step, and the grade cap depends on it (the
 *   complaints stay as they are) only through the caps' score bounds: the cap can change only at a
 *   step where the score crosses one of them. Those steps are tried in order (any grade table,
 *   however ordered).
 */
export function headroom(policy: Policy, versions: readonly Policy[], record: Record, person: string, now: PersonResult): Headroom | null {
  const probe = probeClause(policy);
  if (!probe) return null;
  const date = lastDate(record);
  const deciding = decidingRecord(record, person);
  const tried = new Map<number, PersonResult | undefined>();
  const at = (step: number) => {
    if (!tried.has(step)) tried.set(step, withEvents(versions, deciding, person, [probeEvent(probe, date, deciding, person, step * STEP)]));
    return tried.get(step);
  };
  const first = at(1);
  if (!first) return null;
  const rank = (cap: string | null) => (cap === null ? -1 : policy.grading.grades.indexOf(cap));
  const result: Headroom = { cap: null, score: null, frequency: null, date };

  const capStep = crossings(versions, now.finalScore, now.finalScore - first.finalScore).find((step) => rank(at(step)!.gradeCap) > rank(now.gradeCap));
  if (capStep !== undefined) {
    const after = at(capStep)!;
    result.cap = { lost: now.finalScore - after.finalScore, score: after.finalScore, cap: after.gradeCap!, rule: after.gradeCapRule };
  }
  const scoreStep = leastStep((step) => count(at(step)!.interventions, "score") > count(now.interventions, "score"));
  if (scoreStep !== null) {
    const after = at(scoreStep)!;
    const added = after.interventions.filter((x) => x.rule.kind === "score").at(-1)!;
    result.score = { lost: now.finalScore - after.finalScore, score: after.finalScore, reason: added.reason };
  }
  const trigger = policy.interventions.find((t) => t.kind === "frequency");
  for (let k = 1; trigger?.kind === "frequency" && k <= trigger.count && result.frequency === null; k++) {
    const after = withEvents(versions, deciding, person, Array.from({ length: k }, () => probeEvent(probe, date, deciding, person, 0)));
    if (after && count(after.interventions, "frequency") > count(now.interventions, "frequency")) {
      result.frequency = { violations: k, date, reason: trigger.reason };
    }
  }
  return result;
}

/** The least step of 1…MAX_STEPS at which `test` holds, for a test that then holds at every larger step; null if none. */
function leastStep(test: (step: number) => boolean): number | null {
  if (!test(MAX_STEPS)) return null;
  let low = 1;
  let high = MAX_STEPS;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The steps, in order, at which a year-end score of `score - step * fall` may cross a bound of any
 * grade-cap rule: the first step, and around each crossing one step either side (for rounding).
 */
function crossings(versions: readonly Policy[], score: number, fall: number): number[] {
  const steps = new Set([1]);
  if (fall > 0) {
    for (const version of versions) {
      for (const rule of version.grading.rules) {
        const at = Math.floor((score - rule.score.value) / fall);
        for (let step = at - 1; step <= at + 2; step++) if (step >= 1 && step <= MAX_STEPS) steps.add(step);
      }
    }
  }
  return [...steps].sort((a, b) => a - b);
}
