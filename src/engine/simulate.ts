/**
 * simulate: (checked policy, validated record) → result. Pure: no I/O, no clock, no DOM.
 *
 *   record ──buildTimeline──▶ items (date order, late fines added, repeats doubled)
 *          ──Ledger.add────▶ each person's entries, totals, interventions
 *          ──LiabilityBook─▶ manager and director lines (department records)
 *          ──toResult──────▶ totals as numbers, grade cap, `why` sentences
 */
import type { Policy } from "../check/schema";
import { formatDay } from "./dates";
import { createExplainer } from "./explain";

type Explainer = ReturnType<typeof createExplainer>;
import { gradeCap } from "./grading";
import { DirectorLedger, Ledger, type UnitEntry } from "./ledger";
import { LiabilityBook } from "./liability";
import { type PolicyIndex, indexPolicy } from "./policy-index";
import { fromUnits } from "./quantity";
import { isDepartmentRecord, type Record } from "./record";
import type { DirectorResult, Entry, PersonResult, Result } from "./result";
import { buildTimeline, type Item } from "./timeline";

export function simulate(policy: Policy, record: Record): Result {
  const index = indexPolicy(policy);
  const memberRole = index.memberRole?.id ?? "";
  const timeline = buildTimeline(index, record);
  if (!isDepartmentRecord(record)) {
    const ledger = new Ledger(record.person.name, memberRole, policy);
    for (const item of timeline) ledger.add(ownEntry(index, item), item);
    return personResult(index, createExplainer(index), ledger);
  }
  const { manager, members } = record.department;
  const managerLedger = new Ledger(manager, index.managerRole?.id ?? "", policy);
  const ledgers = new Map([[manager, managerLedger], ...members.map((name) => [name, new Ledger(name, memberRole, policy)] as const)]);
  const directors = new Map(index.directorRoles.map((role) => [role.id, new DirectorLedger(role.id)]));
  const liabilities = new LiabilityBook(index, managerLedger, new Set(members), directors);
  let day: number | null = null;
  for (const item of timeline) {
    if (day !== null && item.day !== day) liabilities.closeDay();
    day = item.day;
    ledgers.get(item.person)?.add(ownEntry(index, item), item);
    liabilities.apply(item);
  }
  liabilities.closeDay();
  const explain = createExplainer(index);
  return {
    people: [...ledgers.values()].map((ledger) => ({ name: ledger.name, role: ledger.role, ...personResult(index, explain, ledger) })),
    directors: [...directors.values()].map((ledger) => directorResult(explain, ledger)),
  };
}

/**
 * A person's own line for a timeline item: a record event (maybe doubled) or an added late fine.
 * Objects are written out field by field: on this hot path V8's object spread is many times slower.
 */
function ownEntry(index: PolicyIndex, item: Item): UnitEntry {
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
    const { factor, windowDays } = index.policy.repeat;
    const reason = { kind: "repeat" as const, eventIndex, person: item.person, count: item.count, unitPoints, unitMoney, factor, windowDays, doubledBy: item.doubledBy.dated };
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

function personResult(index: PolicyIndex, explain: Explainer, ledger: Ledger): PersonResult {
  const finalScore = fromUnits(ledger.score);
  const capRule = gradeCap(index.policy.grading, finalScore, ledger.complaints);
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
