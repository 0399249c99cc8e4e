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
import { explainEntry } from "./explain";
import { gradeCap } from "./grading";
import { DirectorLedger, Ledger, type OwnEvent, type UnitEntry } from "./ledger";
import { LiabilityBook } from "./liability";
import { isComplaint, type PolicyIndex, indexPolicy } from "./policy-index";
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
    for (const item of timeline) ledger.add(ownEntry(index, item), ownEvent(index, item));
    return personResult(index, ledger);
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
    ledgers.get(item.person)?.add(ownEntry(index, item), ownEvent(index, item));
    liabilities.apply(item);
  }
  liabilities.closeDay();
  return {
    people: [...ledgers.values()].map((ledger) => ({ name: ledger.name, role: ledger.role, ...personResult(index, ledger) })),
    directors: [...directors.values()].map((ledger) => directorResult(index, ledger)),
  };
}

function ownEvent(index: PolicyIndex, item: Item): OwnEvent {
  return { violation: item.direction === "deduct", complaint: isComplaint(index, item.clause), day: item.day, ref: { ...item.ref, date: item.date } };
}

/** A person's own line for a timeline item: a record event (maybe doubled) or an added late fine. */
function ownEntry(index: PolicyIndex, item: Item): UnitEntry {
  const deduct = item.direction === "deduct";
  const amounts = { date: item.date, clause: item.clause.id, points: deduct ? -item.points : item.points, fine: deduct ? item.money : 0, reward: deduct ? 0 : item.money };
  const base = { eventIndex: item.ref.eventIndex, person: item.person, count: item.count, unitPoints: fromUnits(item.unitPoints), unitMoney: fromUnits(item.unitMoney) };
  if (item.late) {
    const { source, lastDay, paidOn } = item.late;
    const reason = { kind: "late" as const, eventIndex: item.ref.eventIndex, person: item.person, eventDate: source.date, eventClause: source.clause.id, lastDay: formatDay(lastDay), paidOn };
    return { ...amounts, doubled: false, reason };
  }
  if (item.doubledBy) {
    const { repeat } = index.policy;
    const doubledBy = { ...item.doubledBy.ref, date: item.doubledBy.date };
    return { ...amounts, doubled: true, reason: { kind: "repeat", ...base, factor: repeat.factor, windowDays: repeat.windowDays, doubledBy } };
  }
  return { ...amounts, doubled: false, reason: { kind: "event", ...base } };
}

function toEntry(index: PolicyIndex, unit: UnitEntry): Entry {
  const entry = { ...unit, points: fromUnits(unit.points), fine: fromUnits(unit.fine), reward: fromUnits(unit.reward) };
  const { reason, ...shown } = entry;
  return { ...shown, why: explainEntry(index, entry), reason };
}

function personResult(index: PolicyIndex, ledger: Ledger): PersonResult {
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
    entries: ledger.entries.map((entry) => toEntry(index, entry)),
  };
}

function directorResult(index: PolicyIndex, ledger: DirectorLedger): DirectorResult {
  return { role: ledger.role, fines: fromUnits(ledger.fines), entries: ledger.entries.map((entry) => toEntry(index, entry)) };
}
