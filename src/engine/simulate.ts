/**
 * simulate: (checked policy or its versions, validated record) → result. Pure: no I/O, no clock, no DOM.
 *
 * Each item is judged by the version in force on its date; the year starts with the base points of
 * the version in force on 1 January and ends with the grade-cap rules of the one in force on 31 December.
 *
 *   record ──forEachItem────▶ items (date order, late fines added, repeats doubled)
 *          ──Ledger.add────▶ each person's entries, totals, interventions
 *          ──LiabilityBook─▶ manager and director lines (department records)
 *          ──personResult──▶ totals as numbers, grade cap
 */
import { dayNumber, formatDay } from "./dates";
import { createExplainer, type Explain } from "./explain";
import { gradeCap } from "./grading";
import { DirectorLedger, Ledger, makeEntry, type Units } from "./ledger";
import { LiabilityBook } from "./liability";
import type { PolicyIndex } from "./policy-index";
import { fromUnits } from "./quantity";
import { isDepartmentRecord, type Record } from "./record";
import type { DirectorResult, EntryReason, PersonResult, Result } from "./result";
import { forEachItem, type Item } from "./timeline";
import { indexVersions, type PolicyVersions } from "./versions";

export function simulate(policies: PolicyVersions, record: Record): Result {
  const versions = indexVersions(policies);
  const first = versions.at(dayNumber({ year: record.year, month: 1, day: 1 }));
  const last = versions.at(dayNumber({ year: record.year, month: 12, day: 31 }));
  const base = first.policy.basePoints;
  const memberRole = first.memberRole?.id ?? "";
  const explain = createExplainer(versions);
  if (!isDepartmentRecord(record)) {
    const ledger = new Ledger(record.person.name, memberRole, base);
    forEachItem(versions, record, (item) => addOwn(ledger, item, explain));
    return personResult(last, ledger);
  }
  const { manager, members } = record.department;
  const managerLedger = new Ledger(manager, first.managerRole?.id ?? "", base);
  const ledgers = new Map([[manager, managerLedger], ...members.map((name) => [name, new Ledger(name, memberRole, base)] as const)]);
  const directorRoles = new Set(versions.all.flatMap((index) => index.directorRoles.map((role) => role.id)));
  const directors = new Map([...directorRoles].map((role) => [role, new DirectorLedger(role)]));
  const liabilities = new LiabilityBook(managerLedger, new Set(members), directors, explain);
  let day: number | null = null;
  forEachItem(versions, record, (item) => {
    if (day !== null && item.day !== day) liabilities.closeDay();
    day = item.day;
    const ledger = ledgers.get(item.person);
    if (ledger) addOwn(ledger, item, explain);
    liabilities.apply(item);
  });
  liabilities.closeDay();
  return {
    people: [...ledgers.values()].map((ledger) => ({ name: ledger.name, role: ledger.role, ...personResult(last, ledger) })),
    directors: [...directors.values()].map((ledger): DirectorResult => ({ role: ledger.role, fines: fromUnits(ledger.fines), entries: ledger.entries })),
  };
}

/**
 * A person's own line for a timeline item: a record event (maybe doubled) or an added late fine.
 * Objects are written out field by field: on this hot path V8's object spread is many times slower.
 */
function addOwn(ledger: Ledger, item: Item, explain: Explain): void {
  const deduct = item.direction === "deduct";
  const units: Units = { points: deduct ? -item.points : item.points, fine: deduct ? item.money : 0, reward: deduct ? 0 : item.money };
  ledger.add(makeEntry(explain, item.date, item.clause.id, units, item.doubledBy !== null, ownReason(item)), units, item, item.index.policy);
}

function ownReason(item: Item): EntryReason {
  const { eventIndex } = item.dated;
  if (item.late) {
    const { source, lastDay, paidOn } = item.late;
    return { kind: "late", eventIndex, person: item.person, eventDate: source.date, eventClause: source.clause.id, lastDay: formatDay(lastDay), paidOn };
  }
  const unitPoints = fromUnits(item.unitPoints);
  const unitMoney = fromUnits(item.unitMoney);
  if (item.doubledBy) {
    const { factor, windowDays } = item.index.policy.repeat;
    return { kind: "repeat", eventIndex, person: item.person, count: item.count, unitPoints, unitMoney, factor, windowDays, doubledBy: item.doubledBy };
  }
  return { kind: "event", eventIndex, person: item.person, count: item.count, unitPoints, unitMoney };
}

/** `yearEnd` is the version in force on 31 December, whose grade-cap rules apply. */
function personResult(yearEnd: PolicyIndex, ledger: Ledger): PersonResult {
  const finalScore = fromUnits(ledger.score);
  const capRule = gradeCap(yearEnd.policy.grading, finalScore, ledger.complaints);
  return {
    finalScore,
    pointsDeducted: fromUnits(ledger.deducted),
    pointsAwarded: fromUnits(ledger.awarded),
    fines: fromUnits(ledger.fines),
    rewards: fromUnits(ledger.rewards),
    violations: ledger.violations,
    complaints: ledger.complaints,
    interventions: ledger.interventions,
    gradeCap: capRule?.cap ?? null,
    gradeCapRule: capRule,
    entries: ledger.entries,
  };
}
