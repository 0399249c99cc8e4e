/**
 * fromRecord: the record's events, and the late-fine events the policy adds, as one timeline in date
 * order (same-day events in record order, added events after them), with amounts resolved and
 * repeats doubled. Cost: one sort, then one pass with a map.
 */
import type { Clause } from "../check/schema";
import { formatDay, toDay } from "./dates";
import { chosenValue, directionOf, isComplaint, type PolicyIndex } from "./policy-index";
import type { Versions } from "./versions";
import { toUnits } from "./quantity";
import { isDepartmentRecord, type Record, type RecordEvent } from "./record";
import type { DatedEventRef } from "./result";

export interface Item {
  /** Which event this is (a record event, or the late fine added for one), with its date. */
  dated: DatedEventRef;
  /** Record events keep their index; an added event sorts after all of them, in the order of its source. */
  order: number;
  day: number;
  date: string;
  person: string;
  /** The version of the policy in force on `day`, which judges this item. */
  index: PolicyIndex;
  clause: Clause;
  direction: "award" | "deduct";
  /** A penalty: one violation of the person, whatever its count. */
  violation: boolean;
  /** An event of a clause with the policy's complaint tag. */
  complaint: boolean;
  count: number;
  /** Per-unit amounts in units (see quantity.ts), as chosen or fixed. */
  unitPoints: number;
  unitMoney: number;
  /** The record event, or for an added late-fine event the event whose fine was late. */
  event: RecordEvent;
  late: { lastDay: number; paidOn: string; source: Item } | null;
  doubledBy: Item | null;
  /** Amounts of the whole event in units (count and doubling applied), as positive magnitudes. */
  points: number;
  money: number;
}

export function buildTimeline(versions: Versions, record: Record): Item[] {
  const subject = isDepartmentRecord(record) ? null : record.person.name;
  const items: Item[] = [];
  const total = record.events.length;
  const days = new Map<string, number>();
  const dayOf = (date: string) => {
    let day = days.get(date);
    if (day === undefined) days.set(date, (day = toDay(date)));
    return day;
  };
  record.events.forEach((event, eventIndex) => {
    const day = dayOf(event.date);
    const item = fromRecordEvent(versions.at(day), event, eventIndex, event.person ?? subject ?? "", day);
    items.push(item);
    const late = lateFineFor(versions, item, total, dayOf);
    if (late) items.push(late);
  });
  items.sort((a, b) => a.day - b.day || a.order - b.order);
  markRepeats(items);
  return items;
}

function clauseOf(index: PolicyIndex, id: string): Clause {
  const clause = index.clauses.get(id);
  if (!clause) throw new Error(`simulate: unknown clause ${id}; validate the record first`);
  return clause;
}

function fromRecordEvent(index: PolicyIndex, event: RecordEvent, eventIndex: number, person: string, day: number): Item {
  const clause = clauseOf(index, event.clause);
  return {
    dated: { eventIndex, late: false, date: event.date },
    order: eventIndex,
    day,
    date: event.date,
    person,
    index,
    clause,
    direction: directionOf(index, clause),
    violation: directionOf(index, clause) === "deduct",
    complaint: isComplaint(index, clause),
    count: event.count ?? 1,
    unitPoints: toUnits(chosenValue(clause.points, event.points)),
    unitMoney: toUnits(chosenValue(clause.money, event.fine)),
    event,
    late: null,
    doubledBy: null,
    points: 0,
    money: 0,
  };
}

/**
 * The policy's late-fine event when a fine (> 0) was paid after its due and grace days. The terms
 * are those of the version that imposed the fine; the added event is judged by the version in
 * force on its own date (the one that imposed the fine if that version has no such clause).
 */
function lateFineFor(versions: Versions, item: Item, total: number, dayOf: (date: string) => number): Item | null {
  const rule = item.index.policy.lateFine;
  const paidOn = item.event.finePaidOn;
  if (!rule || paidOn === undefined || item.direction !== "deduct" || item.unitMoney === 0) return null;
  const lastDay = item.day + rule.dueDays + rule.graceDays;
  if (dayOf(paidOn) <= lastDay) return null;
  const later = versions.at(lastDay + 1);
  const index = later.clauses.has(rule.clause) ? later : item.index;
  const clause = clauseOf(index, rule.clause);
  const date = formatDay(lastDay + 1);
  return {
    dated: { eventIndex: item.dated.eventIndex, late: true, date },
    order: total + item.dated.eventIndex,
    day: lastDay + 1,
    date,
    person: item.person,
    index,
    clause,
    direction: directionOf(index, clause),
    violation: directionOf(index, clause) === "deduct",
    complaint: isComplaint(index, clause),
    count: 1,
    unitPoints: toUnits(chosenValue(clause.points, undefined)),
    unitMoney: toUnits(chosenValue(clause.money, undefined)),
    event: item.event,
    late: { lastDay, paidOn, source: item },
    doubledBy: null,
    points: 0,
    money: 0,
  };
}

/**
 * A penalty is doubled when the same person had a penalty of the same clause (by id, whatever the
 * version) at most `windowDays` before it, by the rule of the version in force on its date;
 * rewards, added late fines and `noRepeat` clauses never are. The factor applies once.
 */
function markRepeats(items: Item[]): void {
  const latest = new Map<string, Item>();
  for (const item of items) {
    let multiplier = 1;
    if (item.direction === "deduct") {
      const { windowDays, factor } = item.index.policy.repeat;
      const key = `${item.person}\u0000${item.clause.id}`;
      const previous = latest.get(key);
      if (previous && !item.late && !item.clause.noRepeat && item.day - previous.day <= windowDays) {
        item.doubledBy = previous;
        multiplier = factor;
      }
      latest.set(key, item);
    }
    item.points = Math.round(item.unitPoints * item.count * multiplier);
    item.money = Math.round(item.unitMoney * item.count * multiplier);
  }
}
