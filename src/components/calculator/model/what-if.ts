/**
 * What one more event would do: the engine's answer for the record with and without it. Loaded
 * with the what-if view, when a clause is first chosen under 再发生一次会怎样.
 */
import type { Policy } from "../../../check/schema";
import { simulate } from "../engine";
import type { Intervention, PersonResult, Record, RecordEvent } from "../../../engine/index";
import { personOf } from "./probe";
import { insertEvent } from "./record-draft";

export interface WhatIf {
  before: PersonResult;
  after: PersonResult;
  /** Entries of the person that the new event added. */
  added: PersonResult["entries"];
  interventions: Intervention[];
}

/** What one more event would do to the person it names. */
export function whatIf(versions: readonly Policy[], record: Record, person: string, event: RecordEvent): WhatIf | null {
  const before = personOf(simulate(versions, record), person);
  const afterRecord = insertEvent(record, event);
  const after = personOf(simulate(versions, afterRecord), person);
  if (!before || !after) return null;
  const known = new Set(before.entries.map((e) => JSON.stringify([e.date, e.clause, e.points, e.fine, e.reward, e.why])));
  const added = after.entries.filter((e) => !known.has(JSON.stringify([e.date, e.clause, e.points, e.fine, e.reward, e.why])));
  const knownInterventions = new Set(before.interventions.map((i) => `${i.date}|${i.reason}`));
  return { before, after, added, interventions: after.interventions.filter((i) => !knownInterventions.has(`${i.date}|${i.reason}`)) };
}
