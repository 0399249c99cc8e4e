/** Laws of the engine, each checked on many generated records of the test policy. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDepartmentResult, Result, simulate, validateRecord, type DepartmentResult, type PersonResult, type Record } from "../../src/engine";
import { toDay } from "../../src/engine/dates";
import { dayArb, departmentArb, eventArb, individualArb, MEMBERS, YEAR } from "./arbitrary-record";
import { loadTestPolicy } from "./policy-fixture";

const policy = loadTestPolicy();
const { windowDays } = policy.repeat;
const deductClauses = policy.clauses.filter((c) => policy.categories.find((k) => k.id === c.category)?.direction === "deduct");
const memberClauses = deductClauses.filter((c) => policy.roles.find((r) => r.id === c.role)?.kind !== "manager");

function valid(json: unknown): Record {
  const validation = validateRecord(policy, json);
  if (!validation.ok) throw new Error(`generated record is invalid: ${JSON.stringify(validation.problems)}`);
  return validation.record;
}

function peopleOf(result: Result): PersonResult[] {
  return isDepartmentResult(result) ? result.people : [result];
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const anyRecord = fc.oneof(individualArb(policy), departmentArb(policy));
const capRank = (cap: string | null) => (cap === null ? -1 : policy.grading.grades.indexOf(cap));

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe("engine laws", () => {
  // Law: for every person, finalScore = basePoints − pointsDeducted + pointsAwarded.
  it("makes every final score the base minus the deducted plus the awarded points", () => {
    fc.assert(
      fc.property(anyRecord, (json) => {
        for (const person of peopleOf(simulate(policy, valid(json)))) {
          expect(close(person.finalScore, policy.basePoints - person.pointsDeducted + person.pointsAwarded)).toBe(true);
        }
      }),
    );
  });

  // Law: the totals are the sums of the entries: Σ negative points = deducted, Σ positive = awarded,
  // Σ fine = fines, Σ reward = rewards; a director's fines are the sum of its entries' fines.
  it("makes the totals the sums of the entries that explain them", () => {
    fc.assert(
      fc.property(anyRecord, (json) => {
        const result = simulate(policy, valid(json));
        for (const person of peopleOf(result)) {
          expect(close(sum(person.entries.map((e) => Math.max(0, -e.points))), person.pointsDeducted)).toBe(true);
          expect(close(sum(person.entries.map((e) => Math.max(0, e.points))), person.pointsAwarded)).toBe(true);
          expect(close(sum(person.entries.map((e) => e.fine)), person.fines)).toBe(true);
          expect(close(sum(person.entries.map((e) => e.reward)), person.rewards)).toBe(true);
        }
        if (isDepartmentResult(result)) for (const d of result.directors) expect(close(sum(d.entries.map((e) => e.fine)), d.fines)).toBe(true);
      }),
    );
  });

  // Law: a penalty is never doubled when no earlier penalty of the same clause and person lies within
  // the repeat window; so events of one clause more than windowDays apart are never doubled.
  it("never doubles events of a clause that lie more than the repeat window apart", () => {
    const spreadDays = fc.uniqueArray(fc.integer({ min: 0, max: Math.floor(365 / (windowDays + 1)) }), { maxLength: 12 }).map((slots) => slots.map((s) => s * (windowDays + 1)));
    fc.assert(
      fc.property(fc.constantFrom(...memberClauses), spreadDays, (clause, days) => {
        const events = fc.sample(fc.tuple(...days.map((day) => eventArb(policy, clause, null, day))), 1)[0] ?? [];
        const result = simulate(policy, valid({ year: YEAR, person: { name: "张三" }, events }));
        for (const person of peopleOf(result)) expect(person.entries.filter((e) => e.doubled)).toEqual([]);
      }),
    );
  });

  // Law: every doubled entry names an earlier event of the same clause within the window, and its
  // amounts are exactly factor × (unit amount × count): doubling never compounds.
  it("doubles only within the window, by the factor, and never more than once", () => {
    fc.assert(
      fc.property(individualArb(policy, { clauses: deductClauses.slice(0, 6), maxEvents: 40 }), (json) => {
        const result = simulate(policy, valid(json));
        for (const entry of peopleOf(result)[0]?.entries ?? []) {
          if (entry.reason.kind !== "repeat") continue;
          const { doubledBy, factor, unitPoints, count } = entry.reason;
          expect(toDay(entry.date) - toDay(doubledBy.date)).toBeLessThanOrEqual(windowDays);
          expect(json.events[doubledBy.eventIndex]?.clause).toBe(entry.clause);
          expect(close(-entry.points, factor * unitPoints * count)).toBe(true);
        }
      }),
    );
  });

  // Law: moving events between days, while events of the same day keep their relative order, changes
  // nothing but the event indexes the reasons refer to.
  it("gives the same result whatever the order of events of different days", () => {
    fc.assert(
      fc.property(anyRecord.chain((json) => fc.tuple(fc.constant(json), fc.array(fc.nat(), { minLength: json.events.length, maxLength: json.events.length }))), ([json, keys]) => {
        const order = reorderKeepingSameDays(json.events.map((e) => e.date), keys);
        const shuffled = { ...json, events: order.map((i) => json.events[i]) };
        const expected = simulate(policy, valid(json));
        const actual = mapEventIndexes(simulate(policy, valid(shuffled)), (i) => order[i] ?? -1);
        expect(actual).toEqual(expected);
      }),
    );
  });

  // Law: in a department, a member's result depends on their own events alone (other people's events
  // reach the manager and the directors, never another member): simulated with only their events, it
  // is the same but for the event indexes the reasons refer to. The calculator's headroom relies on it.
  it("gives a member the same result from their own events alone", () => {
    fc.assert(
      fc.property(departmentArb(policy), fc.constantFrom(...MEMBERS), (json, member) => {
        const kept = json.events.flatMap((e, i) => (e.person === member ? [i] : []));
        const own = { ...json, events: kept.map((i) => json.events[i]!) };
        const resultOf = (record: typeof json) => (simulate(policy, valid(record)) as DepartmentResult).people.find((p) => p.name === member);
        const full = resultOf(json);
        const alone = resultOf(own);
        expect(full).toBeDefined();
        expect(mapEventIndexes(alone, (i) => kept[i] ?? -1)).toEqual(full);
      }),
    );
  });

  // Law: adding one more penalty event never raises anyone's final score and never loosens a grade
  // cap (the cap stays or moves to a worse grade).
  it("never raises a score nor loosens a cap when a penalty is added", () => {
    const extra = fc.tuple(fc.constantFrom(...memberClauses), dayArb, fc.constantFrom(...MEMBERS)).chain(([clause, day, person]) => eventArb(policy, clause, person, day));
    fc.assert(
      fc.property(fc.oneof(individualArb(policy), departmentArb(policy)), extra, fc.nat(), (json, event, at) => {
        const penalty = "person" in json ? { ...event, person: undefined } : event;
        const events = [...json.events];
        events.splice(at % (events.length + 1), 0, JSON.parse(JSON.stringify(penalty)));
        const before = peopleOf(simulate(policy, valid(json)));
        const after = peopleOf(simulate(policy, valid({ ...json, events })));
        before.forEach((person, i) => {
          const later = after[i];
          if (!later) throw new Error("people changed");
          expect(later.finalScore).toBeLessThanOrEqual(person.finalScore);
          expect(capRank(later.gradeCap)).toBeGreaterThanOrEqual(capRank(person.gradeCap));
        });
      }),
    );
  });

  // Law: in a department, the manager gets one daily line for a (group, day) exactly when the members'
  // pooled measure of that group's events that day (count, or 1 per event) meets the threshold.
  it("gives the manager one daily line per group and day exactly when the pooled measure meets the threshold", () => {
    const pooled = policy.clauses.filter((c) => c.liability.some((l) => l.kind === "daily"));
    const few = departmentArb(policy, { clauses: pooled, maxEvents: 40 });
    fc.assert(
      fc.property(few, (json) => {
        const result = simulate(policy, valid(json));
        if (!isDepartmentResult(result)) throw new Error("department expected");
        const totals = new Map<string, { total: number; threshold: number }>();
        for (const event of json.events) {
          if (!MEMBERS.includes(event.person ?? "")) continue;
          for (const l of policy.clauses.find((c) => c.id === event.clause)?.liability ?? []) {
            if (l.kind !== "daily") continue;
            const key = `${event.date} ${l.group}`;
            const current = totals.get(key) ?? { total: 0, threshold: l.threshold.value };
            current.total += l.measure === "count" ? (event.count ?? 1) : 1;
            totals.set(key, current);
          }
        }
        const expected = [...totals].filter(([, t]) => t.total >= t.threshold).map(([key]) => key).sort();
        const manager = result.people.find((p) => p.role === "科长");
        const actual = (manager?.entries ?? []).flatMap((e) => (e.reason.kind === "daily" ? [`${e.date} ${e.reason.group}`] : [])).sort();
        expect(actual).toEqual(expected);
      }),
    );
  });

  // Law: every entry's why names the entry's clause.
  it("names the entry's clause in every why", () => {
    fc.assert(
      fc.property(anyRecord, (json) => {
        const result = simulate(policy, valid(json));
        const directors = isDepartmentResult(result) ? result.directors.flatMap((d) => d.entries) : [];
        for (const entry of [...peopleOf(result).flatMap((p) => p.entries), ...directors]) expect(entry.why).toContain(entry.clause);
      }),
    );
  });

  // Law: the violations are the person's own penalty entries (record events and added late fines),
  // never liability lines; each frequency intervention rests on `count` of them within its window,
  // and with reset no violation is used by two interventions.
  it("counts only own penalties as violations and grounds each frequency intervention on them", () => {
    fc.assert(
      fc.property(anyRecord, (json) => {
        for (const person of peopleOf(simulate(policy, valid(json)))) {
          const own = person.entries.filter((e) => ["event", "repeat", "late"].includes(e.reason.kind) && (e.points < 0 || e.fine > 0 || policy.clauses.find((c) => c.id === e.clause)?.category !== "奖励"));
          expect(person.violations).toBe(own.filter((e) => deductClauses.some((c) => c.id === e.clause)).length);
          const used = new Set<string>();
          for (const intervention of person.interventions) {
            if (intervention.rule.kind !== "frequency") continue;
            const days = intervention.rule.events.map((e) => toDay(e.date));
            expect(days).toHaveLength(intervention.rule.count);
            expect(Math.max(...days) - Math.min(...days)).toBeLessThanOrEqual(intervention.rule.windowDays);
            for (const e of intervention.rule.events) {
              const key = `${e.eventIndex}/${e.late}`;
              expect(used.has(key)).toBe(false);
              used.add(key);
            }
          }
        }
      }),
    );
  });

  // Law: simulate is pure: it neither changes its inputs (frozen here) nor depends on anything else,
  // and its output satisfies the Result schema.
  it("leaves its inputs untouched and returns the same schema-valid result every time", () => {
    const frozenPolicy = deepFreeze(structuredClone(policy));
    fc.assert(
      fc.property(anyRecord, (json) => {
        const record = deepFreeze(valid(json));
        const first = simulate(frozenPolicy, record);
        expect(Result.safeParse(first).success).toBe(true);
        expect(simulate(frozenPolicy, record)).toEqual(first);
      }),
    );
  });
});

/**
 * A new order of the events in which events of different days move freely (by `keys`) and events of
 * the same day keep their record order: returns the old index of each new position.
 */
function reorderKeepingSameDays(dates: readonly string[], keys: readonly number[]): number[] {
  const byKey = dates.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
  const sameDay = new Map<string, number[]>();
  dates.forEach((date, i) => sameDay.set(date, [...(sameDay.get(date) ?? []), i]));
  return byKey.map((i) => sameDay.get(dates[i] ?? "")?.shift() ?? i);
}

/** The result with every `eventIndex` mapped through `map`. */
function mapEventIndexes<T>(value: T, map: (index: number) => number): T {
  if (Array.isArray(value)) return value.map((item) => mapEventIndexes(item, map)) as T;
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, key === "eventIndex" && typeof child === "number" ? map(child) : mapEventIndexes(child, map)]),
  ) as T;
}
