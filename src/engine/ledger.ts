/**
 * One person's account for the year: the entries in timeline order, the totals, and the
 * interventions, checked after every entry (score triggers) and every own violation (frequency
 * triggers, kept as a sliding window of the counted violations: amortised O(1) per event).
 */
import type { Bound, Policy, Trigger } from "../check/schema";
import { holds } from "../check/bounds";
import { fromUnits, toUnits } from "./quantity";
import type { DatedEventRef, EntryReason, Intervention } from "./result";

/**
 * An entry while the ledger holds it: the shape of a result entry, but amounts in units (`points`
 * signed) and `why` empty; `settleEntry` turns it into the result entry in place (no copy: a
 * 100,000-event record makes as many entries).
 */
export interface UnitEntry {
  date: string;
  clause: string;
  points: number;
  fine: number;
  reward: number;
  doubled: boolean;
  why: string;
  reason: EntryReason;
}

/** Facts about a person's own event (liability lines have none); timeline items have them. */
export interface OwnEvent {
  violation: boolean;
  complaint: boolean;
  day: number;
  dated: DatedEventRef;
}

interface Window {
  trigger: Extract<Trigger, { kind: "frequency" }>;
  triggerIndex: number;
  counted: OwnEvent[];
  head: number;
}

export class Ledger {
  readonly entries: UnitEntry[] = [];
  readonly interventions: Intervention[] = [];
  score: number;
  deducted = 0;
  awarded = 0;
  fines = 0;
  rewards = 0;
  violations = 0;
  complaints = 0;
  private readonly windows: Window[] = [];
  /** Score triggers with their bounds in units. */
  private readonly scoreTriggers: { trigger: Extract<Trigger, { kind: "score" }>; triggerIndex: number; bound: Bound }[] = [];

  constructor(
    readonly name: string,
    readonly role: string,
    policy: Policy,
  ) {
    this.score = toUnits(policy.basePoints);
    policy.interventions.forEach((trigger, triggerIndex) => {
      if (trigger.kind === "score") this.scoreTriggers.push({ trigger, triggerIndex, bound: { op: trigger.bound.op, value: toUnits(trigger.bound.value), written: trigger.bound.written } });
      else this.windows.push({ trigger, triggerIndex, counted: [], head: 0 });
    });
  }

  add(entry: UnitEntry, own: OwnEvent | null): void {
    const entryIndex = this.entries.length;
    this.entries.push(entry);
    const before = this.score;
    this.score += entry.points;
    if (entry.points < 0) this.deducted -= entry.points;
    else this.awarded += entry.points;
    this.fines += entry.fine;
    this.rewards += entry.reward;
    if (own?.complaint) this.complaints += 1;
    let fired: { triggerIndex: number; intervention: Intervention }[] | null = null;
    for (const { trigger, triggerIndex, bound } of this.scoreTriggers) {
      if (!holds(bound, before) && holds(bound, this.score)) {
        fired ??= [];
        const rule = { kind: "score" as const, trigger: triggerIndex, bound: trigger.bound, before: fromUnits(before), after: fromUnits(this.score), entry: entryIndex };
        fired.push({ triggerIndex, intervention: { date: entry.date, reason: trigger.reason, rule } });
      }
    }
    if (own?.violation) {
      this.violations += 1;
      for (const window of this.windows) {
        const intervention = this.countViolation(window, own);
        if (intervention) (fired ??= []).push({ triggerIndex: window.triggerIndex, intervention });
      }
    }
    if (fired === null) return;
    fired.sort((a, b) => a.triggerIndex - b.triggerIndex);
    for (const { intervention } of fired) this.interventions.push(intervention);
  }

  private countViolation(window: Window, own: OwnEvent): Intervention | null {
    const { trigger } = window;
    window.counted.push(own);
    while (own.day - (window.counted[window.head]?.day ?? own.day) > trigger.windowDays) window.head += 1;
    if (window.head > 64 && window.head * 2 > window.counted.length) {
      window.counted = window.counted.slice(window.head);
      window.head = 0;
    }
    if (window.counted.length - window.head < trigger.count) return null;
    const events = window.counted.slice(window.counted.length - trigger.count).map((counted) => counted.dated);
    if (trigger.reset) {
      window.counted = [];
      window.head = 0;
    }
    const rule = { kind: "frequency" as const, trigger: window.triggerIndex, count: trigger.count, windowDays: trigger.windowDays, reset: trigger.reset, events };
    return { date: own.dated.date, reason: trigger.reason, rule };
  }
}

/** A money-only role's account (directors). */
export class DirectorLedger {
  readonly entries: UnitEntry[] = [];
  fines = 0;

  constructor(readonly role: string) {}

  add(entry: UnitEntry): void {
    this.entries.push(entry);
    this.fines += entry.fine;
  }
}
