/**
 * The headroom is found with a few simulations; its answers are those of trying every probe size in
 * turn, which is what each figure means ("the first deduction that…"). That exhaustive search is
 * written out here as the specification.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Policy } from "../../../../src/check/schema";
import { headroom, personOf, probeClause, type Headroom } from "../../../../src/components/calculator/model/probe";
import { lastDate } from "../../../../src/components/calculator/model/record-draft";
import { simulate, validateRecord, type Intervention, type PersonResult, type Record, type RecordEvent } from "../../../../src/engine";
import { dayArb, departmentArb, eventArb, individualArb, MANAGER, MEMBERS } from "../../../engine/arbitrary-record";
import { loadTestPolicy } from "../../../engine/policy-fixture";

const STEP = 0.5;
const MAX_STEPS = 80;

/** Every size from one step up, and 1…count more violations, each simulated: 80 + count simulations. */
function exhaustive(policy: Policy, record: Record, person: string, now: PersonResult): Headroom | null {
  const probe = probeClause(policy);
  if (!probe) return null;
  const date = lastDate(record);
  const event = (points: number): RecordEvent => ({
    date,
    clause: probe.id,
    points,
    ...(probe.money.kind === "discretion" ? { fine: 0 } : {}),
    ...("department" in record ? { person } : {}),
  });
  const withEvents = (events: RecordEvent[]) => personOf(simulate(policy, { ...record, events: [...record.events, ...events] }), person)!;
  const count = (list: Intervention[], kind: string) => list.filter((i) => i.rule.kind === kind).length;
  const rank = (cap: string | null) => (cap === null ? -1 : policy.grading.grades.indexOf(cap));
  const result: Headroom = { cap: null, score: null, frequency: null, date };
  for (let i = 1; i <= MAX_STEPS; i++) {
    const after = withEvents([event(i * STEP)]);
    const lost = now.finalScore - after.finalScore;
    if (result.cap === null && rank(after.gradeCap) > rank(now.gradeCap)) result.cap = { lost, score: after.finalScore, cap: after.gradeCap!, rule: after.gradeCapRule };
    if (result.score === null && count(after.interventions, "score") > count(now.interventions, "score")) {
      result.score = { lost, score: after.finalScore, reason: after.interventions.filter((x) => x.rule.kind === "score").at(-1)!.reason };
    }
  }
  const trigger = policy.interventions.find((t) => t.kind === "frequency");
  for (let k = 1; trigger?.kind === "frequency" && k <= trigger.count && result.frequency === null; k++) {
    const after = withEvents(Array.from({ length: k }, () => event(0)));
    if (count(after.interventions, "frequency") > count(now.interventions, "frequency")) result.frequency = { violations: k, date, reason: trigger.reason };
  }
  return result;
}

const shipped = loadTestPolicy();
/** A grade table no careful editor would write: the cap is stricter for a high score than for a middling one. */
const scrambled: Policy = {
  ...shipped,
  grading: {
    ...shipped.grading,
    rules: [
      { ...shipped.grading.rules[0]!, id: "高分", score: { op: ">=", value: 9, written: "inclusive" }, complaints: { op: ">=", value: 0, written: "inclusive" }, cap: "C" },
      { ...shipped.grading.rules[1]!, id: "中分", score: { op: "<=", value: 4, written: "inclusive" }, complaints: { op: ">=", value: 0, written: "inclusive" }, cap: "B" },
      { ...shipped.grading.rules[2]!, id: "负分", score: { op: "<", value: -3, written: "exclusive" }, complaints: { op: ">=", value: 0, written: "inclusive" }, cap: "D" },
    ],
  },
};

function check(policy: Policy, json: unknown, pick: number): Headroom | null {
  const validation = validateRecord(policy, json);
  if (!validation.ok) throw new Error(`generated record is invalid: ${JSON.stringify(validation.problems)}`);
  const record = validation.record;
  const people = "department" in record ? [record.department.manager, ...record.department.members] : [record.person.name];
  const person = people[pick % people.length]!;
  const now = personOf(simulate(policy, record), person)!;
  const found = headroom(policy, [policy], record, person, now);
  expect(found).toEqual(exhaustive(policy, record, person, now));
  return found;
}

describe("headroom", () => {
  // In the test policy a stricter cap mostly needs more complaints, not fewer points: few records
  // have one within reach. The scrambled table's caps need no complaint.
  const cases = [
    { name: "the test policy", policy: shipped, caps: 0 },
    { name: "a grade table out of order", policy: scrambled, caps: 20 },
  ];
  for (const { name, policy, caps } of cases) {
    it(`gives the answers of trying every size, for ${name}`, () => {
      // Complaints make the grade caps apply (each needs some); the events come in no particular order.
      const complaints = policy.clauses.filter((c) => c.tags.includes(policy.grading.complaintTag));
      const complaint = (people: (string | null)[]) =>
        fc.tuple(fc.constantFrom(...complaints), dayArb, fc.constantFrom(...people)).chain(([clause, day, person]) => eventArb(policy, clause, person, day));
      const record = fc.oneof(
        fc.tuple(individualArb(policy, { maxEvents: 12 }), fc.array(complaint([null]), { minLength: 1, maxLength: 4 })).map(([r, more]) => ({ ...r, events: [...r.events, ...more] })),
        fc.tuple(departmentArb(policy, { maxEvents: 12 }), fc.array(complaint(MEMBERS), { minLength: 1, maxLength: 8 })).map(([r, more]) => ({ ...r, events: [...more, ...r.events] })),
      );
      const seen = { cap: 0, score: 0 };
      fc.assert(
        fc.property(record, fc.nat(), (json, pick) => {
          const found = check(policy, json, pick);
          if (found?.cap) seen.cap += 1;
          if (found?.score) seen.score += 1;
        }),
        { numRuns: 200 },
      );
      // The searches found something in a good share of the records (else the law was barely tried).
      expect(seen.cap).toBeGreaterThanOrEqual(caps);
      expect(seen.score).toBeGreaterThan(20);
    });
  }

  it("probes at the record's latest date, however the events are ordered", () => {
    const events = [
      { date: "2024-03-10", clause: shipped.clauses[0]!.id },
      { date: "2024-01-05", clause: shipped.clauses[0]!.id },
    ];
    expect(lastDate({ year: 2024, person: { name: "张三" }, events } as Record)).toBe("2024-03-10");
    expect(lastDate({ year: 2024, department: { manager: MANAGER, members: MEMBERS }, events: [] } as Record)).toBe("2024-01-01");
  });
});
