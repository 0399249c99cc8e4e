/**
 * One person's account for the year: the entries in timeline order, the totals, and the
 * interventions, checked after every entry (score triggers) and every own violation (frequency
 * triggers, kept as a sliding window of the counted violations: amortised O(1) per event).
 * The triggers are those of the version in force on each entry's date; a frequency trigger's
 * window is kept by its reason, so violations counted under one version still count under the next.
 */
import type { Bound, Policy, Trigger } from "../check/schema";
import { holds } from "../check/bounds";
import type { Explain } from "./explain";
import { fromUnits, toUnits } from "./quantity";
import type { DatedEventRef, Entry, EntryReason, Intervention } from "./result";

/** An entry's amounts in units (see quantity.ts), which the ledger adds up exactly: `points` signed. */
export interface Units {
  points: number;
  fine: number;
  reward: number;
}

/**
 * A result entry, its `why` rendered as it is made: a 100,000-event record makes as many entries,
 * and a second pass over them to render or convert costs more than the work it does.
 */
export function makeEntry(explain: Explain, date: string, clause: string, units: Units, doubled: boolean, reason: EntryReason): Entry {
  const entry = { date, clause, points: fromUnits(units.points), fine: fromUnits(units.fine), reward: fromUnits(units.reward), doubled, why: "", reason };
  entry.why = explain(entry);
  return entry;
}

/** Facts about a person's own event (liability lines have none); timeline items have them. */
export interface OwnEvent {
  violation: boolean;
  complaint: boolean;
  day: number;
  dated: DatedEventRef;
}

type FrequencyTrigger = Extract<Trigger, { kind: "frequency" }>;

/**
 * The counted violations of a frequency trigger, from `head` on: their days and references. Not the
 * timeline items themselves, which would then live for the whole window (measured: at 100,000 events
 * the garbage collector copied each one).
 */
interface Window {
  days: number[];
  dated: DatedEventRef[];
  head: number;
}

/** A version's triggers, score bounds in units. */
interface Triggers {
  score: { trigger: Extract<Trigger, { kind: "score" }>; triggerIndex: number; bound: Bound }[];
  frequency: { trigger: FrequencyTrigger; triggerIndex: number }[];
}

const triggersCache = new WeakMap<Policy, Triggers>();

function triggersOf(policy: Policy): Triggers {
  let triggers = triggersCache.get(policy);
  if (triggers) return triggers;
  triggers = { score: [], frequency: [] };
  for (const [triggerIndex, trigger] of policy.interventions.entries()) {
    if (trigger.kind === "score") triggers.score.push({ trigger, triggerIndex, bound: { op: trigger.bound.op, value: toUnits(trigger.bound.value), written: trigger.bound.written } });
    else triggers.frequency.push({ trigger, triggerIndex });
  }
  triggersCache.set(policy, triggers);
  return triggers;
}

export class Ledger {
  readonly entries: Entry[] = [];
  readonly interventions: Intervention[] = [];
  score: number;
  deducted = 0;
  awarded = 0;
  fines = 0;
  rewards = 0;
  violations = 0;
  complaints = 0;
  /** Frequency windows by the trigger's reason. */
  private readonly windows = new Map<string, Window>();

  constructor(
    readonly name: string,
    readonly role: string,
    basePoints: number,
  ) {
    this.score = toUnits(basePoints);
  }

  /** Add an entry of amounts `units`, judged by `policy` (the version in force on its date). */
  add(entry: Entry, units: Units, own: OwnEvent | null, policy: Policy): void {
    const triggers = triggersOf(policy);
    const entryIndex = this.entries.length;
    this.entries.push(entry);
    const before = this.score;
    const after = (this.score = before + units.points);
    if (units.points < 0) this.deducted -= units.points;
    else this.awarded += units.points;
    this.fines += units.fine;
    this.rewards += units.reward;
    if (own?.complaint) this.complaints += 1;
    // Interventions go straight into the list; several fired by one entry are then put in policy order.
    const { interventions } = this;
    const firstFired = interventions.length;
    for (const { trigger, triggerIndex, bound } of triggers.score) {
      if (!holds(bound, before) && holds(bound, after)) {
        const rule = { kind: "score" as const, trigger: triggerIndex, bound: trigger.bound, before: fromUnits(before), after: fromUnits(after), entry: entryIndex };
        interventions.push({ date: entry.date, reason: trigger.reason, rule });
      }
    }
    if (own?.violation) {
      this.violations += 1;
      for (const { trigger, triggerIndex } of triggers.frequency) {
        let window = this.windows.get(trigger.reason);
        if (!window) this.windows.set(trigger.reason, (window = { days: [], dated: [], head: 0 }));
        const intervention = countViolation(window, trigger, triggerIndex, own);
        if (intervention) interventions.push(intervention);
      }
    }
    if (interventions.length - firstFired > 1) {
      const fired = interventions.splice(firstFired).sort((a, b) => a.rule.trigger - b.rule.trigger);
      interventions.push(...fired);
    }
  }
}

/** Count a violation in its trigger's window; the intervention when the window is full. */
function countViolation(window: Window, trigger: FrequencyTrigger, triggerIndex: number, own: OwnEvent): Intervention | null {
  const { days } = window;
  days.push(own.day);
  window.dated.push(own.dated);
  while (own.day - days[window.head]! > trigger.windowDays) window.head += 1;
  if (window.head > 64 && window.head * 2 > days.length) {
    window.days = days.slice(window.head);
    window.dated = window.dated.slice(window.head);
    window.head = 0;
  }
  if (window.days.length - window.head < trigger.count) return null;
  const events = window.dated.slice(window.dated.length - trigger.count);
  // Afresh: nothing before the end is counted any more (the arrays are trimmed above, not remade
  // at each intervention).
  if (trigger.reset) window.head = window.days.length;
  const rule = { kind: "frequency" as const, trigger: triggerIndex, count: trigger.count, windowDays: trigger.windowDays, reset: trigger.reset, events };
  return { date: own.dated.date, reason: trigger.reason, rule };
}

/** A money-only role's account (directors). */
export class DirectorLedger {
  readonly entries: Entry[] = [];
  fines = 0;

  constructor(readonly role: string) {}

  add(entry: Entry, units: Units): void {
    this.entries.push(entry);
    this.fines += units.fine;
  }
}
