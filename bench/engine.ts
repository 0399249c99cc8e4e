/**
 * The engine over records of 1,000, 10,000 and 100,000 events (a person's, and a 40-member
 * department's), beside its limit (a hand-written loop specialised to the shipped policy) and its
 * peer (json-rules-engine), all on the same person's records in the same run. The limit must give
 * the very result of `simulate`, the peer the same figures, or the benchmark stops.
 */
import { isDeepStrictEqual } from "node:util";
import { checkText } from "../src/check";
import type { Policy } from "../src/check/schema";
import { simulate, validateRecord, type IndividualRecord, type IndividualResult, type Record } from "../src/engine";
import { atLeast, atMost, LIMITS } from "./budgets";
import { generateRecord } from "./generate-record";
import { readShippedPolicy } from "./generate-policy";
import { specialise } from "./hand-written";
import { measure, pairedRatio, progress, type Timing } from "./measure";
import { peer, type Figures } from "./peer";
import { num, ratio, type Section } from "./section";

const SIZES = [1_000, 10_000, 100_000];
/** json-rules-engine takes about half a millisecond an event: 100,000 events would take minutes a run. */
const PEER_SIZES = [1_000, 10_000];

interface Row {
  record: "person" | "department";
  events: number;
  /** CPU µs per event. */
  validate: number;
  simulate: number;
  handWritten: number | null;
  /** simulate ÷ hand-written, paired round by round. */
  vsLoop: number | null;
  peer: number | null;
  timings: { [name: string]: Timing };
}

function loadPolicy(): Policy {
  const checked = checkText(readShippedPolicy(), { examples: false });
  if (!checked.policy) throw new Error("the shipped policy has errors; run `policy check`");
  return checked.policy;
}

function figuresOf(result: IndividualResult): Figures {
  const { finalScore, pointsDeducted, pointsAwarded, fines, rewards, violations, complaints, gradeCap } = result;
  const interventions = result.interventions.map(({ date, reason }) => ({ date, reason }));
  return { finalScore, pointsDeducted, pointsAwarded, fines, rewards, violations, complaints, interventions, gradeCap };
}

async function measureRecord(policy: Policy, department: boolean, size: number): Promise<Row> {
  const kind = department ? "department" : "person";
  progress(`engine: ${kind} record of ${num(size, 0)} events`);
  const json = generateRecord(policy, size, department);
  const validation = validateRecord(policy, json);
  if (!validation.ok) throw new Error(`generated record is invalid: ${JSON.stringify(validation.problems.slice(0, 3))}`);
  const record: Record = validation.record;
  const contenders = [
    { name: "validate", run: () => validateRecord(policy, json) },
    { name: "simulate", run: () => simulate(policy, record) },
  ];
  // The smaller records come first: their warm-up waits for the optimising compiler to finish.
  // A run of 100,000 events is a single operation, which a collection of the old generation falls in
  // or not: more of them, for a steadier median.
  const runs = size >= 100_000 ? { warmUp: 1, runs: 9 } : { warmUp: 2, runs: 7, settle: true };
  if (!department) {
    const person = record as IndividualRecord;
    const loop = specialise(policy);
    if (!isDeepStrictEqual(loop(person), simulate(policy, person))) throw new Error(`the hand-written loop's result differs from simulate's (${size} events)`);
    contenders.push({ name: "hand-written", run: () => loop(person) });
  }
  const timings = await measure(contenders, runs);
  if (!department && PEER_SIZES.includes(size)) {
    progress(`engine: json-rules-engine over ${num(size, 0)} events`);
    const person = record as IndividualRecord;
    const evaluate = peer(policy);
    const expected = figuresOf(simulate(policy, person) as IndividualResult);
    if (!isDeepStrictEqual(await evaluate(person), expected)) throw new Error(`json-rules-engine's figures differ from simulate's (${size} events)`);
    const peerTiming = await measure([{ name: "peer", run: () => evaluate(person) }], { warmUp: 1, runs: 3, minRunMs: 1 });
    timings.set("peer", peerTiming.get("peer")!);
  }
  const perEvent = (name: string) => {
    const timing = timings.get(name);
    return timing ? (timing.cpu * 1000) / size : null;
  };
  return {
    record: kind,
    events: size,
    validate: perEvent("validate")!,
    simulate: perEvent("simulate")!,
    handWritten: perEvent("hand-written"),
    vsLoop: timings.has("hand-written") ? pairedRatio(timings.get("simulate")!, timings.get("hand-written")!) : null,
    peer: perEvent("peer"),
    timings: Object.fromEntries(timings),
  };
}

/** The row whose `value` is worst for a budget (largest for ≤, smallest for ≥). */
function worst(rows: Row[], value: (row: Row) => number | null, largest: boolean): { row: Row; value: number } {
  const candidates = rows.flatMap((row) => {
    const v = value(row);
    return v === null ? [] : [{ row, value: v }];
  });
  candidates.sort((a, b) => (largest ? b.value - a.value : a.value - b.value));
  return candidates[0]!;
}

export async function engineBenchmark(): Promise<Section> {
  const policy = loadPolicy();
  const rows: Row[] = [];
  for (const department of [false, true]) for (const size of SIZES) rows.push(await measureRecord(policy, department, size));

  const engineCost = (row: Row) => row.validate + row.simulate;
  const flat = (kind: Row["record"]) => {
    const of = rows.filter((r) => r.record === kind);
    return engineCost(of[of.length - 1]!) / engineCost(of[0]!);
  };
  const vsLoop = worst(rows, (r) => r.vsLoop, true);
  const vsPeer = worst(rows, (r) => (r.peer === null ? null : r.peer / r.simulate), false);
  const optional = (value: number | null, format: (n: number) => string) => (value === null ? "" : format(value));
  return {
    title: "Engine",
    columns: ["record", "events", "validate µs/event", "simulate µs/event", "hand-written µs/event", "json-rules-engine µs/event", "simulate ÷ hand-written", "json-rules-engine ÷ simulate"],
    rows: rows.map((r) => [
      r.record,
      num(r.events, 0),
      num(r.validate),
      num(r.simulate),
      optional(r.handWritten, (n) => num(n)),
      optional(r.peer, (n) => num(n)),
      optional(r.vsLoop, ratio),
      optional(r.peer === null ? null : r.peer / r.simulate, ratio),
    ]),
    notes: [
      "Records generated from the shipped policy's clauses with a fixed seed (bench/generate-record.ts); a department has 40 members.",
      "hand-written: a loop specialised to the shipped policy (bench/hand-written.ts) that gives the same result as simulate, checked deep-equal. simulate ÷ hand-written: the median of the ratios of runs made in the same round.",
      "json-rules-engine: each clause a rule, the late fine a chained rule, the grade caps rules (bench/peer.ts); its figures are checked against simulate's. Not run on 100,000 events (about a minute a run).",
    ],
    budgets: [
      atMost("engine per event flat: validate + simulate, person, 100,000 ÷ 1,000 events", flat("person"), LIMITS.flat),
      atMost("engine per event flat: validate + simulate, department, 100,000 ÷ 1,000 events", flat("department"), LIMITS.flat),
      atMost(`simulate ÷ hand-written loop (worst: ${num(vsLoop.row.events, 0)} events)`, vsLoop.value, LIMITS.engineVsLoop),
      atLeast(`json-rules-engine ÷ simulate (worst: ${num(vsPeer.row.events, 0)} events)`, vsPeer.value, LIMITS.peerVsEngine),
    ],
    data: { rows },
  };
}
