/**
 * The checks of a record that need the policy: people, clauses, dates and amounts. They run on the
 * parts that are well-formed, so one pass reports every problem; each is located by its JSON path
 * and kept as data (record-findings.ts), worded only when shown.
 */
import type { Amount, Clause } from "../check/schema";
import { dayNumber, isRealDate, parseDateParts } from "./dates";
import { managerFixedLiability, roleKind, shareLiabilities, type PolicyIndex } from "./policy-index";
import type { FindingArgs, FindingOf, Path, RecordCode, RecordFinding } from "./record-findings";
import type { Versions } from "./versions";

/** Far beyond any real event; larger values are slips that would overflow the totals. */
export const MAX_COUNT = 10_000;
export const MAX_DISCRETION = 1_000_000;

/** The well-formed parts of a record; absent (null) where the structure check already failed. */
export interface RecordParts {
  year: number | null;
  subject: { kind: "person"; name: string } | { kind: "department"; manager: string; members: string[] } | null;
  events: (EventParts | null)[];
}

/** An event's well-formed fields; `malformed` names the present fields the structure check rejected. */
export interface EventParts {
  fields: EventFields;
  malformed: ReadonlySet<string>;
}

export interface EventFields {
  date?: string | undefined;
  clause?: string | undefined;
  person?: string | undefined;
  count?: number | undefined;
  points?: number | undefined;
  fine?: number | undefined;
  finePaidOn?: string | undefined;
  responsibility?: string | undefined;
  managerPoints?: number | undefined;
  managerFine?: number | undefined;
  directorShare?: number | undefined;
}

/**
 * Where an event's problems go, and its path. The checks push into one list and build a path only
 * for a problem: a well-formed event, the usual one, makes no list and no path (at 100,000 events
 * the lists and paths made for each event were half of `validateRecord`'s garbage).
 */
interface EventSink {
  problems: RecordFinding[];
  /** The event's index in `events`. */
  index: number;
}

function at(sink: EventSink, field?: string): Path {
  return field === undefined ? ["events", sink.index] : ["events", sink.index, field];
}

function found<C extends RecordCode>(code: C, path: Path, args: FindingArgs[C]): RecordFinding {
  return { code, path, args } as FindingOf<C> as RecordFinding;
}

/** The record's people, computed once (a record can have 100,000 events). */
interface People {
  /** Everyone an event may name, manager first, without repeats. */
  all: readonly string[];
  known: ReadonlySet<string>;
  members: ReadonlySet<string>;
}

function peopleOf(parts: RecordParts): People | null {
  const subject = parts.subject;
  if (!subject) return null;
  const all = subject.kind === "person" ? [subject.name] : [...new Set([subject.manager, ...subject.members])];
  return { all, known: new Set(all), members: new Set(subject.kind === "person" ? [] : subject.members) };
}

/** Each event is checked against the version in force on its date (the latest when its date is unreadable). */
export function checkRecordAgainstPolicy(versions: Versions, parts: RecordParts): RecordFinding[] {
  const sink: EventSink = { problems: checkPeople(parts), index: 0 };
  const people = peopleOf(parts);
  for (let i = 0; i < parts.events.length; i++) {
    const event = parts.events[i];
    sink.index = i;
    if (event) checkEvent(sink, versions, parts, people, event);
  }
  return sink.problems;
}

function checkPeople(parts: RecordParts): RecordFinding[] {
  if (parts.subject?.kind !== "department") return [];
  const seen = new Set([parts.subject.manager]);
  const problems: RecordFinding[] = [];
  parts.subject.members.forEach((member, i) => {
    if (seen.has(member)) problems.push(found("R0203", ["department", "members", i], { person: member }));
    seen.add(member);
  });
  return problems;
}

function checkEvent(sink: EventSink, versions: Versions, parts: RecordParts, people: People | null, { fields: event, malformed }: EventParts): void {
  const { problems } = sink;
  checkPerson(sink, parts, people, event, malformed);
  const day = checkDates(sink, parts, event);
  if (event.count !== undefined && !(Number.isInteger(event.count) && event.count >= 1 && event.count <= MAX_COUNT)) {
    problems.push(found("R0401", at(sink, "count"), { value: event.count }));
  }
  if (event.clause === undefined) return;
  const index = day === null ? versions.all[versions.all.length - 1]! : versions.at(day);
  const clause = index.clauses.get(event.clause);
  if (!clause) {
    const elsewhere = day === null ? null : notInForce(versions, event.clause, day);
    if (elsewhere) {
      problems.push(found("R0206", at(sink, "clause"), { clause: event.clause, date: event.date ?? "", ...elsewhere }));
      return;
    }
    problems.push(found("R0201", at(sink, "clause"), { clause: event.clause, version: versions.all.indexOf(index) }));
    return;
  }
  if (event.person !== undefined && people?.members.has(event.person)) {
    if (roleKind(index, clause.role) === "manager") {
      problems.push(found("R0205", at(sink, "person"), { clause: clause.id, role: clause.role, person: event.person }));
    }
  }
  if (!malformed.has("points")) checkChosen(sink, clause.id, clause.points, event.points, "points");
  if (!malformed.has("fine")) checkChosen(sink, clause.id, clause.money, event.fine, "fine");
  checkLiabilityFields(sink, index, clause, event);
}

function checkPerson(sink: EventSink, parts: RecordParts, people: People | null, event: EventFields, malformed: ReadonlySet<string>): void {
  if (!parts.subject || !people || malformed.has("person")) return;
  if (event.person === undefined) {
    if (parts.subject.kind === "department") sink.problems.push(found("R0204", at(sink), {}));
  } else if (!people.known.has(event.person)) {
    sink.problems.push(found("R0202", at(sink, "person"), { person: event.person, allowed: people.all }));
  }
}

/**
 * Where a clause unknown on `day` is in force in another version: the version that adds it later,
 * or the one that removed it.
 */
function notInForce(versions: Versions, clause: string, day: number): { version: string; effective: string; added: boolean } | null {
  const i = versions.all.indexOf(versions.at(day));
  for (let j = i + 1; j < versions.all.length; j++) {
    const later = versions.all[j]!.policy;
    if (later.clauses.some((c) => c.id === clause)) return { version: later.version, effective: later.effective, added: true };
  }
  for (let j = i - 1; j >= 0; j--) {
    if (!versions.all[j]!.clauses.has(clause)) continue;
    const removedBy = versions.all[j + 1]!.policy;
    return { version: removedBy.version, effective: removedBy.effective, added: false };
  }
  return null;
}

/** The date checks; the event's day number when its date is a real one. */
function checkDates(sink: EventSink, parts: RecordParts, event: EventFields): number | null {
  const { problems } = sink;
  let day: number | null = null;
  if (event.date !== undefined) {
    const date = parseDateParts(event.date);
    if (date === null || !isRealDate(date)) problems.push(found("R0301", at(sink, "date"), { value: event.date }));
    else {
      day = dayNumber(date);
      if (parts.year !== null && date.year !== parts.year) problems.push(found("R0302", at(sink, "date"), { date: event.date, year: parts.year }));
    }
  }
  if (event.finePaidOn !== undefined) {
    const paid = parseDateParts(event.finePaidOn);
    if (paid === null || !isRealDate(paid)) {
      problems.push(found("R0301", at(sink, "finePaidOn"), { value: event.finePaidOn }));
    } else if (day !== null && dayNumber(paid) < day) {
      problems.push(found("R0303", at(sink, "finePaidOn"), { paid: event.finePaidOn, date: event.date ?? "" }));
    }
  }
  return day;
}

function hasTwoDecimalsAtMost(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

/** A clause's points or money against the value an event gives (rulings 3 and 4). */
function checkChosen(sink: EventSink, clause: string, amount: Amount, given: number | undefined, field: "points" | "fine"): void {
  const problem = chosenProblem(clause, amount, given);
  if (problem) sink.problems.push({ ...problem, path: at(sink, field) } as RecordFinding);
}

type ChosenCode = "R0402" | "R0403" | "R0404" | "R0405" | "R0406";

function chosenProblem(clause: string, amount: Amount, given: number | undefined): { [C in ChosenCode]: Omit<FindingOf<C>, "path"> }[ChosenCode] | null {
  switch (amount.kind) {
    case "range": {
      if (given === undefined) return { code: "R0402", args: { clause, amount } };
      const inside = Number.isInteger(given) && given >= amount.min && given <= amount.max;
      return inside ? null : { code: "R0403", args: { clause, amount, value: given } };
    }
    case "discretion":
      if (given === undefined) return { code: "R0404", args: { clause } };
      return given >= 0 && given <= MAX_DISCRETION && hasTwoDecimalsAtMost(given) ? null : { code: "R0405", args: { clause, value: given } };
    case "fixed":
      return given === undefined || given === amount.value ? null : { code: "R0406", args: { clause, amount, value: given } };
    case "none":
      return given === undefined || given === 0 ? null : { code: "R0406", args: { clause, amount, value: given } };
  }
}

/** Whether a liability amount allows a value, or null where it gives nothing to choose. */
function allowsLiabilityValue(amount: Amount, value: number): boolean | null {
  switch (amount.kind) {
    case "range":
      return Number.isInteger(value) && value >= amount.min && value <= amount.max;
    case "fixed":
      return value === amount.value;
    case "discretion":
      return value >= 0 && hasTwoDecimalsAtMost(value);
    case "none":
      return null;
  }
}

const LIABILITY_FIELDS = ["managerPoints", "managerFine", "directorShare"] as const;

/** The amounts a liability field of an event chooses in; worked out only for an event that gives the field (most give none). */
function liabilityAmounts(index: PolicyIndex, clause: Clause, field: (typeof LIABILITY_FIELDS)[number]): Amount[] {
  if (field === "directorShare") return shareLiabilities(clause).map((l) => l.percent);
  const fixed = managerFixedLiability(index, clause);
  return fixed ? [field === "managerPoints" ? fixed.points : fixed.money] : [];
}

function checkLiabilityFields(sink: EventSink, index: PolicyIndex, clause: Clause, event: EventFields): void {
  const { problems } = sink;
  if (event.responsibility !== undefined) {
    const shares = index.policy.defaultLiability.shares;
    if (!shares.some((share) => share.responsibility === event.responsibility)) {
      problems.push(found("R0501", at(sink, "responsibility"), { value: event.responsibility, allowed: shares.map((s) => s.responsibility) }));
    }
  }
  if (event.managerPoints === undefined && event.managerFine === undefined && event.directorShare === undefined) return;
  for (const field of LIABILITY_FIELDS) {
    const value = event[field];
    if (typeof value !== "number") continue;
    const verdicts = liabilityAmounts(index, clause, field).flatMap((amount) => {
      const ok = allowsLiabilityValue(amount, value);
      return ok === null ? [] : [{ amount, ok }];
    });
    if (verdicts.length === 0) problems.push(found("R0502", at(sink, field), { clause: clause.id, role: index.managerRole?.id ?? "" }));
    const failed = verdicts.find((verdict) => !verdict.ok);
    if (failed) problems.push(found("R0503", at(sink, field), { clause: clause.id, amount: failed.amount, value }));
  }
}
