/**
 * The peer a JavaScript developer would reach for: json-rules-engine evaluating the same clauses.
 * Each clause is a rule (`clause` equals its id → its amounts); a lower-priority rule chained on
 * the clause's facts adds the late fine; the grade caps are rules over the year's score and
 * complaints. Doubling, totals and interventions are bookkeeping in plain JavaScript around it.
 * It computes a person's figures (not the entries' sentences, which only flatters the peer), and
 * the benchmark checks them against `simulate`.
 */
import { Engine, type Almanac, type Event } from "json-rules-engine";
import type { Amount, Bound, Policy } from "../src/check/schema";
import type { IndividualRecord } from "../src/engine";
import { toDay } from "../src/engine/dates";

export interface Figures {
  finalScore: number;
  pointsDeducted: number;
  pointsAwarded: number;
  fines: number;
  rewards: number;
  violations: number;
  complaints: number;
  interventions: { date: string; reason: string }[];
  gradeCap: string | null;
}

interface ClauseParams {
  id: string;
  deduct: boolean;
  complaint: boolean;
  noRepeat: boolean;
  points: Amount;
  money: Amount;
}

interface Item {
  day: number;
  order: number;
  date: string;
  clause: ClauseParams;
  late: boolean;
  points: number;
  money: number;
}

const OPERATOR = { ">=": "greaterThanInclusive", "<=": "lessThanInclusive", ">": "greaterThan", "<": "lessThan" } as const;
const condition = (fact: string, b: Bound) => ({ fact, operator: OPERATOR[b.op], value: b.value });

function chosen(amount: Amount, given: number | undefined): number {
  if (amount.kind === "fixed") return amount.value;
  if (amount.kind === "range") return given ?? amount.min;
  return amount.kind === "discretion" ? (given ?? 0) : 0;
}

function clauseEngine(policy: Policy): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const direction = new Map(policy.categories.map((c) => [c.id, c.direction]));
  for (const c of policy.clauses) {
    const params: ClauseParams = {
      id: c.id,
      deduct: direction.get(c.category) === "deduct",
      complaint: c.tags.includes(policy.grading.complaintTag),
      noRepeat: c.noRepeat,
      points: c.points,
      money: c.money,
    };
    engine.addRule({
      name: c.id,
      priority: 2,
      conditions: { all: [{ fact: "clause", operator: "equal", value: c.id }] },
      event: { type: "clause", params },
      onSuccess: async (event: Event, almanac: Almanac) => {
        const p = event.params as ClauseParams;
        almanac.addRuntimeFact("deduct", p.deduct);
        almanac.addRuntimeFact("money", chosen(p.money, await almanac.factValue<number | undefined>("fine")));
      },
    });
  }
  const late = policy.lateFine;
  if (late) {
    engine.addRule({
      name: "late",
      priority: 1,
      conditions: {
        all: [
          { fact: "deduct", operator: "equal", value: true },
          { fact: "money", operator: "greaterThan", value: 0 },
          { fact: "daysLate", operator: "greaterThan", value: late.dueDays + late.graceDays },
        ],
      },
      event: { type: "late", params: { clause: late.clause, after: late.dueDays + late.graceDays + 1 } },
    });
  }
  return engine;
}

function capEngine(policy: Policy): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  policy.grading.rules.forEach((rule, order) => {
    engine.addRule({
      name: rule.id,
      conditions: { all: [condition("score", rule.score), condition("complaints", rule.complaints)] },
      event: { type: "cap", params: { cap: rule.cap, rank: policy.grading.grades.indexOf(rule.cap), order } },
    });
  });
  return engine;
}

const UNITS = 10_000;
const units = (value: number) => Math.round(value * UNITS);

export function peer(policy: Policy): (record: IndividualRecord) => Promise<Figures> {
  const clauses = clauseEngine(policy);
  const caps = capEngine(policy);
  const scoreTriggers = policy.interventions.flatMap((t) => (t.kind === "score" ? [t] : []));
  const frequencyTriggers = policy.interventions.flatMap((t) => (t.kind === "frequency" ? [t] : []));
  const holds = (b: Bound, x: number) => (b.op === ">=" ? x >= b.value : b.op === "<=" ? x <= b.value : b.op === ">" ? x > b.value : x < b.value);

  return async (record) => {
    const items: Item[] = [];
    const total = record.events.length;
    for (const [order, event] of record.events.entries()) {
      const day = toDay(event.date);
      const daysLate = event.finePaidOn === undefined ? 0 : toDay(event.finePaidOn) - day;
      const result = await clauses.run({ clause: event.clause, points: event.points, fine: event.fine, daysLate });
      const count = event.count ?? 1;
      for (const fired of result.events) {
        if (fired.type === "clause") {
          const clause = fired.params as ClauseParams;
          items.push({ day, order, date: event.date, clause, late: false, points: units(chosen(clause.points, event.points)) * count, money: units(chosen(clause.money, event.fine)) * count });
        } else {
          const params = fired.params as { clause: string; after: number };
          const late = await clauses.run({ clause: params.clause });
          const clause = late.events.find((e) => e.type === "clause")!.params as ClauseParams;
          const lateDay = day + params.after;
          const date = new Date(lateDay * 86_400_000).toISOString().slice(0, 10);
          items.push({ day: lateDay, order: total + order, date, clause, late: true, points: units(chosen(clause.points, undefined)), money: units(chosen(clause.money, undefined)) });
        }
      }
    }
    items.sort((a, b) => a.day - b.day || a.order - b.order);

    let score = units(policy.basePoints);
    let deducted = 0;
    let awarded = 0;
    let fines = 0;
    let rewards = 0;
    let violations = 0;
    let complaints = 0;
    const interventions: { date: string; reason: string }[] = [];
    const latest = new Map<string, number>();
    const windows = frequencyTriggers.map(() => [] as number[]);
    for (const item of items) {
      const { clause } = item;
      let factor = 1;
      if (clause.deduct) {
        const previous = latest.get(clause.id);
        if (previous !== undefined && !item.late && !clause.noRepeat && item.day - previous <= policy.repeat.windowDays) factor = policy.repeat.factor;
        latest.set(clause.id, item.day);
      }
      const points = Math.round(item.points * factor);
      const money = Math.round(item.money * factor);
      const before = score;
      if (clause.deduct) {
        score -= points;
        deducted += points;
        fines += money;
        violations += 1;
      } else {
        score += points;
        awarded += points;
        rewards += money;
      }
      if (clause.complaint && !item.late) complaints += 1;
      for (const t of scoreTriggers) {
        if (!holds(t.bound, before / UNITS) && holds(t.bound, score / UNITS)) interventions.push({ date: item.date, reason: t.reason });
      }
      if (!clause.deduct) continue;
      frequencyTriggers.forEach((t, i) => {
        const counted = windows[i]!.filter((day) => item.day - day <= t.windowDays);
        counted.push(item.day);
        windows[i] = counted;
        if (counted.length < t.count) return;
        interventions.push({ date: item.date, reason: t.reason });
        if (t.reset) windows[i] = [];
      });
    }

    const finalScore = score / UNITS || 0;
    const capped = (await caps.run({ score: finalScore, complaints })).events.map((e) => e.params as { cap: string; rank: number; order: number });
    capped.sort((a, b) => b.rank - a.rank || a.order - b.order);
    return {
      finalScore,
      pointsDeducted: deducted / UNITS,
      pointsAwarded: awarded / UNITS,
      fines: fines / UNITS,
      rewards: rewards / UNITS,
      violations,
      complaints,
      interventions,
      gradeCap: capped[0]?.cap ?? null,
    };
  };
}
