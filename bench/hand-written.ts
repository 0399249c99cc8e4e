/**
 * The engine's limit: a hand-written loop specialised to the shipped policy. Its rules (base
 * points, 30-day doubling, the late-fine rule, the two interventions, the four grade caps) are
 * written into the code; only its clause table is read from the policy. It computes the very result
 * `simulate` gives for a person's record, `why` sentences included (the benchmark checks that the
 * two are deep-equal), with the same date order and the same sort, so the difference measures what
 * reading the rules from the policy costs, not a cleverer algorithm.
 *
 * It lives in bench/ only. `specialise` refuses a policy whose rules differ from those written here.
 */
import type { Amount, Bound, Policy } from "../src/check/schema";
import type { Entry, IndividualRecord, IndividualResult, Intervention } from "../src/engine";
import type { DatedEventRef } from "../src/engine/result";
import { formatDay, toDay } from "../src/engine/dates";

const BASE_POINTS = 12;
const REPEAT_DAYS = 30;
const REPEAT_FACTOR = 2;
const DUE_DAYS = 3;
const GRACE_DAYS = 2;
const LATE_CLAUSE = "处罚22";
const COMPLAINT_TAG = "客户投诉";
/** 积分扣完：积分 ≤ 0 */
const SCORE_LIMIT = 0;
/** 30天内违规3次：30 天内 违规 3 次，重新计数 */
const WINDOW_DAYS = 30;
const WINDOW_COUNT = 3;
/** Amounts are kept in integers of 1/10000, as the engine keeps them (exact halves and cents). */
const UNITS = 10_000;

interface FixedClause {
  id: string;
  head: string;
  unit: string;
  deduct: boolean;
  complaint: boolean;
  noRepeat: boolean;
  points: Amount;
  money: Amount;
}

interface Item {
  eventIndex: number;
  order: number;
  day: number;
  date: string;
  clause: FixedClause;
  count: number;
  unitPoints: number;
  unitMoney: number;
  /** For an added late fine: the event whose fine was late, the last day to pay, and when it was paid. */
  source: Item | null;
  lastDay: number;
  paidOn: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const bound = (op: Bound["op"], value: number) => ({ op, value });

/** The rules written into this file, as the policy states them. */
function assertShippedRules(policy: Policy): void {
  const [score, frequency] = policy.interventions;
  const caps = policy.grading.rules.map((r) => [r.cap, bound(r.score.op, r.score.value), bound(r.complaints.op, r.complaints.value)]);
  const expected = [
    ["B", bound("<=", 10), bound(">=", 1)],
    ["B", bound("<=", 8), bound(">=", 2)],
    ["C", bound("<=", 6), bound(">=", 3)],
    ["D", bound("<", 6), bound(">", 3)],
  ];
  const checks: [string, boolean][] = [
    ["base points", policy.basePoints === BASE_POINTS],
    ["repeat", policy.repeat.windowDays === REPEAT_DAYS && policy.repeat.factor === REPEAT_FACTOR],
    ["late fine", same(policy.lateFine && [policy.lateFine.dueDays, policy.lateFine.graceDays, policy.lateFine.clause], [DUE_DAYS, GRACE_DAYS, LATE_CLAUSE])],
    ["complaint tag", policy.grading.complaintTag === COMPLAINT_TAG],
    ["interventions", policy.interventions.length === 2 && score?.kind === "score" && same(bound(score.bound.op, score.bound.value), bound("<=", SCORE_LIMIT))],
    ["frequency", frequency?.kind === "frequency" && frequency.windowDays === WINDOW_DAYS && frequency.count === WINDOW_COUNT && frequency.reset],
    ["grades", same(policy.grading.grades, ["A级以上", "A", "B", "C", "D"])],
    ["grade caps", same(caps, expected)],
  ];
  const wrong = checks.filter(([, ok]) => !ok).map(([name]) => name);
  if (wrong.length > 0) throw new Error(`bench/hand-written.ts was written for other rules (${wrong.join(", ")}); update it to the policy`);
}

function chosen(amount: Amount, given: number | undefined): number {
  if (amount.kind === "fixed") return amount.value;
  if (amount.kind === "range") return given ?? amount.min;
  return amount.kind === "discretion" ? (given ?? 0) : 0;
}

/** At most `decimals` decimals, trailing zeros dropped (the engine's display rule). */
function decimal(value: number, scale: number): string {
  return String(Math.round(value * scale) / scale);
}

function amountsText(points: number, fine: number, reward: number): string {
  let text = points < 0 ? `扣${decimal(-points, 10)}分` : points > 0 ? `加${decimal(points, 10)}分` : "";
  if (fine > 0) text += `${text ? "，" : ""}罚款${decimal(fine, 100)}元`;
  if (reward > 0) text += `${text ? "，" : ""}奖励${decimal(reward, 100)}元`;
  return text || "不扣分、不罚款";
}

const plain = (units: number) => units / UNITS || 0;

/** The loop for the shipped policy: validated person's record → the result `simulate` gives. */
export function specialise(policy: Policy): (record: IndividualRecord) => IndividualResult {
  assertShippedRules(policy);
  const categories = new Map(policy.categories.map((c) => [c.id, c.direction]));
  const clauses = new Map<string, FixedClause>(
    policy.clauses.map((c) => [
      c.id,
      {
        id: c.id,
        head: `${c.id} ${c.title}`,
        unit: c.unit ?? "",
        deduct: categories.get(c.category) === "deduct",
        complaint: c.tags.includes(COMPLAINT_TAG),
        noRepeat: c.noRepeat,
        points: c.points,
        money: c.money,
      },
    ]),
  );
  const lateClause = clauses.get(LATE_CLAUSE)!;
  const [scoreTrigger, frequencyTrigger] = policy.interventions as [Extract<Policy["interventions"][number], { kind: "score" }>, Extract<Policy["interventions"][number], { kind: "frequency" }>];
  const capRules = policy.grading.rules.map(({ id, cap, text, score, complaints }) => ({ id, cap, text, score, complaints }));

  return (record) => {
    const person = record.person.name;
    const total = record.events.length;
    const days = new Map<string, number>();
    const items: Item[] = [];
    record.events.forEach((event, eventIndex) => {
      let day = days.get(event.date);
      if (day === undefined) days.set(event.date, (day = toDay(event.date)));
      const clause = clauses.get(event.clause)!;
      const unitMoney = Math.round(chosen(clause.money, event.fine) * UNITS);
      const item: Item = {
        eventIndex,
        order: eventIndex,
        day,
        date: event.date,
        clause,
        count: event.count ?? 1,
        unitPoints: Math.round(chosen(clause.points, event.points) * UNITS),
        unitMoney,
        source: null,
        lastDay: 0,
        paidOn: "",
      };
      items.push(item);
      if (event.finePaidOn === undefined || !clause.deduct || unitMoney === 0) return;
      const lastDay = day + DUE_DAYS + GRACE_DAYS;
      if (toDay(event.finePaidOn) <= lastDay) return;
      const date = formatDay(lastDay + 1);
      const late = Math.round(chosen(lateClause.money, undefined) * UNITS);
      const points = Math.round(chosen(lateClause.points, undefined) * UNITS);
      items.push({ eventIndex, order: total + eventIndex, day: lastDay + 1, date, clause: lateClause, count: 1, unitPoints: points, unitMoney: late, source: item, lastDay, paidOn: event.finePaidOn });
    });
    items.sort((a, b) => a.day - b.day || a.order - b.order);

    const latest = new Map<string, Item>();
    const entries: Entry[] = [];
    const interventions: Intervention[] = [];
    let window: Item[] = [];
    let head = 0;
    let score = BASE_POINTS * UNITS;
    let deducted = 0;
    let awarded = 0;
    let fines = 0;
    let rewards = 0;
    let violations = 0;
    let complaints = 0;
    const ref = (item: Item): DatedEventRef => ({ eventIndex: item.eventIndex, late: item.source !== null, date: item.date });

    for (const item of items) {
      const { clause, count } = item;
      let doubledBy: Item | null = null;
      if (clause.deduct) {
        const previous = latest.get(clause.id);
        if (previous && item.source === null && !clause.noRepeat && item.day - previous.day <= REPEAT_DAYS) doubledBy = previous;
        latest.set(clause.id, item);
      }
      const factor = doubledBy ? REPEAT_FACTOR : 1;
      const pointsUnits = Math.round(item.unitPoints * count * factor);
      const moneyUnits = Math.round(item.unitMoney * count * factor);
      const points = plain(clause.deduct ? -pointsUnits : pointsUnits);
      const fine = clause.deduct ? plain(moneyUnits) : 0;
      const reward = clause.deduct ? 0 : plain(moneyUnits);
      const amounts = amountsText(points, fine, reward);
      const countText = count === 1 ? "" : ` ×${count}${clause.unit}`;
      const unitPoints = plain(item.unitPoints);
      const unitMoney = plain(item.unitMoney);
      const { eventIndex, date } = item;
      let entry: Entry;
      if (item.source) {
        const { source, lastDay, paidOn } = item;
        const last = formatDay(lastDay);
        const why = `${clause.head}：${amounts}（${source.date} ${source.clause.id} 的罚款期限${DUE_DAYS}天、宽限${GRACE_DAYS}天，最迟 ${last} 缴清，实际 ${paidOn} 缴纳）`;
        const reason = { kind: "late" as const, eventIndex, person, eventDate: source.date, eventClause: source.clause.id, lastDay: last, paidOn };
        entry = { date, clause: clause.id, points, fine, reward, doubled: false, why, reason };
      } else if (doubledBy) {
        const why = `${clause.head}${countText}：${amounts}（${REPEAT_DAYS}天内重犯，加倍；前次 ${doubledBy.date}）`;
        const reason = { kind: "repeat" as const, eventIndex, person, count, unitPoints, unitMoney, factor: REPEAT_FACTOR, windowDays: REPEAT_DAYS, doubledBy: ref(doubledBy) };
        entry = { date, clause: clause.id, points, fine, reward, doubled: true, why, reason };
      } else {
        const reason = { kind: "event" as const, eventIndex, person, count, unitPoints, unitMoney };
        entry = { date, clause: clause.id, points, fine, reward, doubled: false, why: `${clause.head}${countText}：${amounts}`, reason };
      }
      const entryIndex = entries.push(entry) - 1;

      const before = score;
      if (clause.deduct) {
        score -= pointsUnits;
        deducted += pointsUnits;
        fines += moneyUnits;
        violations += 1;
      } else {
        score += pointsUnits;
        awarded += pointsUnits;
        rewards += moneyUnits;
      }
      if (clause.complaint && item.source === null) complaints += 1;
      if (before > SCORE_LIMIT * UNITS && score <= SCORE_LIMIT * UNITS) {
        const rule = { kind: "score" as const, trigger: 0, bound: scoreTrigger.bound, before: plain(before), after: plain(score), entry: entryIndex };
        interventions.push({ date, reason: scoreTrigger.reason, rule });
      }
      if (!clause.deduct) continue;
      window.push(item);
      while (item.day - window[head]!.day > WINDOW_DAYS) head += 1;
      if (window.length - head < WINDOW_COUNT) continue;
      const events = window.slice(window.length - WINDOW_COUNT).map(ref);
      window = [];
      head = 0;
      const rule = { kind: "frequency" as const, trigger: 1, count: WINDOW_COUNT, windowDays: WINDOW_DAYS, reset: true, events };
      interventions.push({ date, reason: frequencyTrigger.reason, rule });
    }

    const finalScore = plain(score);
    // The most restrictive matching cap; 评级2 matches only where 评级1 does, and both cap at B.
    const cap =
      finalScore < 6 && complaints > 3 ? capRules[3]! : finalScore <= 6 && complaints >= 3 ? capRules[2]! : finalScore <= 10 && complaints >= 1 ? capRules[0]! : null;
    return {
      finalScore,
      pointsDeducted: plain(deducted),
      pointsAwarded: plain(awarded),
      fines: plain(fines),
      rewards: plain(rewards),
      violations,
      complaints,
      interventions,
      gradeCap: cap?.cap ?? null,
      gradeCapRule: cap,
      entries,
    };
  };
}
