/** The record being edited: the same JSON as `policy simulate` reads, and small edits on it. */
import type { Example } from "../../../check/schema";
import type { Record, RecordEvent } from "../../../engine/index";

export type Mode = "person" | "department";

export const DEFAULT_PERSON = "张三";
export const DEFAULT_MANAGER = "李四";

export function emptyRecord(year: number): Record {
  return { year, person: { name: DEFAULT_PERSON }, events: [] };
}

export function modeOf(record: Record): Mode {
  return "department" in record ? "department" : "person";
}

/** Everyone whose events the record holds: the person, or the manager then the members. */
export function peopleOf(record: Record): string[] {
  return "department" in record ? [record.department.manager, ...record.department.members] : [record.person.name];
}

/** Switch between an individual and a department record, keeping the events. */
export function switchMode(record: Record, mode: Mode): Record {
  if (mode === modeOf(record)) return record;
  if (mode === "department" && "person" in record) {
    const member = record.person.name;
    return { year: record.year, department: { manager: DEFAULT_MANAGER, members: [member] }, events: record.events.map((e) => ({ ...e, person: member })) };
  }
  if ("department" in record) {
    const name = record.department.members[0] ?? DEFAULT_PERSON;
    return { year: record.year, person: { name }, events: record.events.filter((e) => e.person === name || e.person === undefined).map(({ person: _, ...e }) => e) };
  }
  return record;
}

/** Insert an event after the last one on or before its date, so the list stays in date order and same-day order is kept. */
export function insertEvent(record: Record, event: RecordEvent): Record {
  const events = [...record.events];
  let at = events.length;
  while (at > 0 && events[at - 1]!.date > event.date) at--;
  events.splice(at, 0, event);
  return { ...record, events };
}

export function replaceEvent(record: Record, index: number, event: RecordEvent): Record {
  const rest = record.events.filter((_, i) => i !== index);
  return insertEvent({ ...record, events: rest }, event);
}

export function removeEvent(record: Record, index: number): Record {
  return { ...record, events: record.events.filter((_, i) => i !== index) };
}

/** Rename a person everywhere in the record (the subject and the events). */
export function renamePerson(record: Record, from: string, to: string): Record {
  const events = record.events.map((e) => (e.person === from ? { ...e, person: to } : e));
  if ("person" in record) return { ...record, person: { name: to }, events };
  const { manager, members } = record.department;
  return { ...record, department: { manager: manager === from ? to : manager, members: members.map((m) => (m === from ? to : m)) }, events };
}

/** A policy example as a record. */
export function exampleRecord(example: Example): Record {
  const events: RecordEvent[] = example.events.map(({ span: _, person, ...rest }) => {
    const event: RecordEvent = { ...rest };
    if (person !== null) event.person = person;
    return event;
  });
  if (example.subject.kind === "person") return { year: example.year, person: { name: example.subject.name }, events };
  return { year: example.year, department: { manager: example.subject.manager, members: example.subject.members }, events };
}

/** The record's latest date (an imported record need not be in date order); 1 January if it has no event. */
export function lastDate(record: Record): string {
  let last = `${record.year}-01-01`;
  for (const { date } of record.events) if (date > last) last = date;
  return last;
}
