/** fast-check arbitraries of valid records, built from the policy's own clauses and amounts. */
import fc from "fast-check";
import type { Amount, Clause, Policy } from "../../src/check/schema";
import { dayNumber, formatDay } from "../../src/engine/dates";
import type { RecordEvent } from "../../src/engine/record";

export const YEAR = 2024;
const FIRST_DAY = dayNumber({ year: YEAR, month: 1, day: 1 });
const DAYS_IN_YEAR = 366;

export const dateOfDay = (offset: number) => formatDay(FIRST_DAY + offset);
export const dayArb = fc.integer({ min: 0, max: DAYS_IN_YEAR - 1 });

/** A value an event may give for an amount, or `undefined` to leave it out (only where allowed). */
function chosen(amount: Amount, optional: boolean): fc.Arbitrary<number | undefined> {
  const orAbsent = (arb: fc.Arbitrary<number>) => (optional ? fc.option(arb, { nil: undefined }) : arb);
  switch (amount.kind) {
    case "range":
      return orAbsent(fc.integer({ min: amount.min, max: amount.max }));
    case "discretion":
      return orAbsent(fc.integer({ min: 0, max: 1000 }).map((hundredths) => hundredths / 100));
    case "fixed":
    case "none":
      return fc.constant(undefined);
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** One valid event of `clause` on day `offset`, for `person` (omitted when null). */
export function eventArb(policy: Policy, clause: Clause, person: string | null, offset: number): fc.Arbitrary<RecordEvent> {
  const managerFixed = clause.liability.find((l) => l.kind === "fixed" && policy.roles.find((r) => r.id === l.role)?.kind === "manager");
  const share = clause.liability.find((l) => l.kind === "share");
  return fc
    .record({
      count: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      points: chosen(clause.points, false),
      fine: chosen(clause.money, false),
      paidAfter: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
      responsibility: fc.option(fc.constantFrom(...policy.defaultLiability.shares.map((s) => s.responsibility)), { nil: undefined }),
      managerPoints: managerFixed?.kind === "fixed" ? chosen(managerFixed.points, true) : fc.constant(undefined),
      managerFine: managerFixed?.kind === "fixed" ? chosen(managerFixed.money, true) : fc.constant(undefined),
      directorShare: share?.kind === "share" ? chosen(share.percent, true) : fc.constant(undefined),
    })
    .map(({ paidAfter, ...fields }) =>
      withoutUndefined({
        date: dateOfDay(offset),
        clause: clause.id,
        person: person ?? undefined,
        ...fields,
        finePaidOn: paidAfter === undefined ? undefined : formatDay(FIRST_DAY + offset + paidAfter),
      }),
    );
}

export interface EventsOptions {
  maxEvents?: number;
  clauses?: readonly Clause[];
  people?: readonly string[] | null;
}

/**
 * Valid events in record order, of any clauses, days and (in a department) people. Each record
 * draws from a few clauses and a stretch of days, so that repeats, cascades and interventions are
 * common rather than rare.
 */
export function eventsArb(policy: Policy, options: EventsOptions = {}): fc.Arbitrary<RecordEvent[]> {
  const clauses = options.clauses ?? policy.clauses;
  const people = options.people ?? null;
  const focus = fc.record({
    clauses: fc.shuffledSubarray([...clauses], { minLength: 1, maxLength: Math.min(8, clauses.length) }),
    first: dayArb,
    span: fc.integer({ min: 0, max: DAYS_IN_YEAR - 1 }),
  });
  return focus.chain(({ clauses: some, first, span }) => {
    const day = fc.integer({ min: first, max: Math.min(DAYS_IN_YEAR - 1, first + span) });
    const one = fc
      .tuple(fc.constantFrom(...some), day, people ? fc.constantFrom(...people) : fc.constant(null))
      .chain(([clause, offset, person]) => eventArb(policy, clause, person, offset));
    return fc.array(one, { maxLength: options.maxEvents ?? 30 });
  });
}

export const individualArb = (policy: Policy, options: EventsOptions = {}) =>
  eventsArb(policy, options).map((events) => ({ year: YEAR, person: { name: "张三" }, events }));

export const MANAGER = "李科长";
export const MEMBERS = ["张三", "王五", "赵六"];

/** A department record; the manager-only clauses are given to the manager. */
export function departmentArb(policy: Policy, options: EventsOptions = {}) {
  const managerRole = policy.roles.find((r) => r.kind === "manager")?.id;
  const forMembers = policy.clauses.filter((c) => c.role !== managerRole);
  const forManager = policy.clauses;
  return fc
    .tuple(eventsArb(policy, { ...options, clauses: forMembers, people: MEMBERS }), eventsArb(policy, { maxEvents: 5, clauses: forManager, people: [MANAGER] }))
    .chain(([memberEvents, managerEvents]) => fc.shuffledSubarray([...memberEvents, ...managerEvents], { minLength: memberEvents.length + managerEvents.length }))
    .map((events) => ({ year: YEAR, department: { manager: MANAGER, members: MEMBERS }, events }));
}
