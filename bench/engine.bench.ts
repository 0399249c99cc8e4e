/**
 * How the engine's cost grows with the record: `npx tsx bench/engine.bench.ts`.
 * Records of 1,000 / 10,000 / 100,000 events (individual and department) are generated with a
 * fixed seed from the shipped policy's own clauses; each is validated and simulated after a warm-up,
 * several times, and the median is printed in ms and µs per event. Results also go to
 * bench/results.json (ignored by git).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { checkText } from "../src/check";
import type { Amount, Policy } from "../src/check/schema";
import { simulate, validateRecord } from "../src/engine";
import { formatDay, dayNumber } from "../src/engine/dates";

const SIZES = [1_000, 10_000, 100_000];
const WARM_UP = 2;
const RUNS = 7;
const YEAR = 2024;

function loadPolicy(): Policy {
  const text = readFileSync(new URL("../policy/文明优质服务管理办法.policy", import.meta.url), "utf8");
  const checked = checkText(text, { examples: false });
  if (!checked.policy) throw new Error("the shipped policy has errors; run `policy check`");
  return checked.policy;
}

/** A small deterministic generator (mulberry32), so every run measures the same records. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(amount: Amount, next: () => number): number | undefined {
  if (amount.kind === "range") return amount.min + Math.floor(next() * (amount.max - amount.min + 1));
  if (amount.kind === "discretion") return Math.floor(next() * 5);
  return undefined;
}

function makeRecord(policy: Policy, size: number, department: boolean): unknown {
  const next = random(size + (department ? 1 : 0));
  const first = dayNumber({ year: YEAR, month: 1, day: 1 });
  const managerRole = policy.roles.find((r) => r.kind === "manager")?.id;
  const clauses = policy.clauses.filter((c) => c.role !== managerRole);
  const members = Array.from({ length: 40 }, (_, i) => `员工${i + 1}`);
  const events = Array.from({ length: size }, () => {
    const clause = clauses[Math.floor(next() * clauses.length)] ?? clauses[0]!;
    const day = first + Math.floor(next() * 366);
    const event: { [field: string]: unknown } = { date: formatDay(day), clause: clause.id };
    const points = pick(clause.points, next);
    const fine = pick(clause.money, next);
    if (points !== undefined) event.points = points;
    if (fine !== undefined) event.fine = fine;
    if (next() < 0.2) event.count = 2;
    if (next() < 0.1) event.finePaidOn = formatDay(day + Math.floor(next() * 10));
    if (department) event.person = members[Math.floor(next() * members.length)];
    return event;
  });
  return department ? { year: YEAR, department: { manager: "科长甲", members }, events } : { year: YEAR, person: { name: "张三" }, events };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

interface Timing {
  /** Median wall-clock ms. */
  wall: number;
  /** Median CPU ms of the process (all threads, GC included): steadier than wall time on a busy machine. */
  cpu: number;
}

function time(run: () => void): Timing {
  for (let i = 0; i < WARM_UP; i++) run();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    walls.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const policy = loadPolicy();
const rows: { record: string; events: number; validate: Timing; simulate: Timing; usPerEvent: number }[] = [];
for (const department of [false, true]) {
  for (const size of SIZES) {
    const json = makeRecord(policy, size, department);
    const validation = validateRecord(policy, json);
    if (!validation.ok) throw new Error(`generated record is invalid: ${JSON.stringify(validation.problems.slice(0, 3))}`);
    const validate = time(() => validateRecord(policy, json));
    const simulated = time(() => simulate(policy, validation.record));
    rows.push({ record: department ? "部门" : "个人", events: size, validate, simulate: simulated, usPerEvent: ((validate.wall + simulated.wall) * 1000) / size });
  }
}

/** A yardstick for the machine: merely sorting the largest record's events by date. */
const largest = makeRecord(policy, SIZES[SIZES.length - 1] ?? 0, false) as { events: { date: string }[] };
const sortOnly = time(() => [...largest.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));

const fmt = (n: number, digits: number) => n.toFixed(digits).padStart(9);
console.log(`中位数：${RUNS} 次，预热 ${WARM_UP} 次；CPU 为本进程所有线程（含垃圾回收）`);
console.log("记录      事件数  校验 ms  （CPU）  计算 ms  （CPU）  µs/事件");
for (const row of rows) {
  const cells = [row.validate.wall, row.validate.cpu, row.simulate.wall, row.simulate.cpu].map((n) => fmt(n, 1)).join("");
  console.log(`${row.record}  ${String(row.events).padStart(10)}${cells}${fmt(row.usPerEvent, 2)}`);
}
console.log(`参考：仅按日期排序 ${largest.events.length} 条记录 ${sortOnly.wall.toFixed(1)} ms（CPU ${sortOnly.cpu.toFixed(1)} ms）`);
writeFileSync(new URL("./results.json", import.meta.url), `${JSON.stringify({ node: process.version, rows, sortOnly }, null, 2)}\n`);
