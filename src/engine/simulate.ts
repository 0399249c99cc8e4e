/**
 * simulate: (checked policy or its versions, validated record) → result. Pure: no I/O, no clock, no DOM.
 *
 * Each item is judged by the version in force on its date; the year starts with the base points of
 * the version in force on 1 January and ends with the grade-cap rules of the one in force on 31 December.
 *
 *   record ──forEachItem────▶ items (date order, late fines added, repeats doubled)
 *          ──Ledger.add────▶ each person's entries, totals, interventions
 *          ──LiabilityBook─▶ manager and director lines (department records)
 *          ──toResult──────▶ totals as numbers, grade cap, `why` sentences
 */
import { dayNumber, formatDay } from "./dates";
import { createExplainer } from "./explain";

type Explainer = ReturnType<typeof createExplainer>;
import { gradeCap } from "./grading";
import { DirectorLedger, Ledger, type UnitEntry } from "./ledger";
import { LiabilityBook } from "./liability";
import type { PolicyIndex } from "./policy-index";
import { fromUnits } from "./quantity";
import { isDepartmentRecord, type Record } from "./record";
import type { DirectorResult, Entry, PersonResult, Result } from "./result";
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
    forEachItem(versions, record, (item) => ledger.add(ownEntry(item), item, item.index.policy));
    return personResult(last, explain, ledger);
  }
  const { manager, members } = record.department;
  const managerLedger = new Ledger(manager, first.managerRole?.id ?? "", base);
  const ledgers = new Map([[manager, managerLedger], ...members.map((name) => [name, new Ledger(name, memberRole, base)] as const)]);
  const directorRoles = new Set(versions.all.flatMap((index) => index.directorRoles.map((role) => role.id)));
  const directors = new Map([...directorRoles].map((role) => [role, new DirectorLedger(role)]));
  const liabilities = new LiabilityBook(managerLedger, new Set(members), directors);
  let day: number | null = null;
  forEachItem(versions, record, (item) => {
    if (day !== null && item.day !== day) liabilities.closeDay();
    day = item.day;
    ledgers.get(item.person)?.add(ownEntry(item), item, item.index.policy);
    liabilities.apply(item);
  });
  liabilities.closeDay();
  return {
    people: [...ledgers.values()].map((ledger) => ({ name: ledger.name, role: ledger.role, ...personResult(last, explain, ledger) })),
    directors: [...directors.values()].map((ledger) => directorResult(explain, ledger)),
  };
}

/**
 * A person's own line for a timeline item: a record event (maybe doubled) or an added late fine.
 * Objects are written out field by field: on this hot path V8's object spread is many times slower.
 */
function ownEntry(item: Item): UnitEntry {
  const deduct = item.direction === "deduct";
  const points = deduct ? -item.points : item.points;
  const fine = deduct ? item.money : 0;
  const reward = deduct ? 0 : item.money;
  const date = item.date;
  const clause = item.clause.id;
  const { eventIndex } = item.dated;
  if (item.late) {
    const { source, lastDay, paidOn } = item.late;
    const reason = { kind: "late" as const, eventIndex, person: item.person, eventDate: source.date, eventClause: source.clause.id, lastDay: formatDay(lastDay), paidOn };
    return { date, clause, points, fine, reward, doubled: false, why: "", reason };
  }
  const unitPoints = fromUnits(item.unitPoints);
  const unitMoney = fromUnits(item.unitMoney);
  if (item.doubledBy) {
    const { factor, windowDays } = item.index.policy.repeat;
    const reason = { kind: "repeat" as const, eventIndex, person: item.person, count: item.count, unitPoints, unitMoney, factor, windowDays, doubledBy: item.doubledBy };
    return { date, clause, points, fine, reward, doubled: true, why: "", reason };
  }
  const reason = { kind: "event" as const, eventIndex, person: item.person, count: item.count, unitPoints, unitMoney };
  return { date, clause, points, fine, reward, doubled: false, why: "", reason };
}

/** The ledger's entry as a result entry, in place: amounts as plain numbers, `why` rendered. */
function settleEntry(explain: Explainer, unit: UnitEntry): Entry {
  unit.points = fromUnits(unit.points);
  unit.fine = fromUnits(unit.fine);
  unit.reward = fromUnits(unit.reward);
  unit.why = explain(unit);
  return unit;
}

/** `yearEnd` is the version in force on 31 December, whose grade-cap rules apply. */
function personResult(yearEnd: PolicyIndex, explain: Explainer, ledger: Ledger): PersonResult {
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
    entries: ledger.entries.map((entry) => settleEntry(explain, entry)),
  };
}

function directorResult(explain: Explainer, ledger: DirectorLedger): DirectorResult {
  return { role: ledger.role, fines: fromUnits(ledger.fines), entries: ledger.entries.map((entry) => settleEntry(explain, entry)) };
}
