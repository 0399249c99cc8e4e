/**
 * Records of any size for the engine benchmark, generated with a fixed seed from the policy's own
 * clauses: one person's or a 40-member department's year, events on random days, range and 酌情
 * amounts chosen at random, some counts of 2, some fines paid late.
 */
import type { Amount, Policy } from "../src/check/schema";
import { dayNumber, formatDay } from "../src/engine/dates";

export const YEAR = 2024;

export interface GeneratedEvent {
  date: string;
  clause: string;
  points?: number;
  fine?: number;
  count?: number;
  finePaidOn?: string;
  person?: string;
}

export interface GeneratedRecord {
  year: number;
  person?: { name: string };
  department?: { manager: string; members: string[] };
  events: GeneratedEvent[];
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

export function generateRecord(policy: Policy, size: number, department: boolean): GeneratedRecord {
  const next = random(size + (department ? 1 : 0));
  const first = dayNumber({ year: YEAR, month: 1, day: 1 });
  const managerRole = policy.roles.find((r) => r.kind === "manager")?.id;
  const clauses = policy.clauses.filter((c) => c.role !== managerRole);
  const members = Array.from({ length: 40 }, (_, i) => `员工${i + 1}`);
  const events = Array.from({ length: size }, () => {
    const clause = clauses[Math.floor(next() * clauses.length)] ?? clauses[0]!;
    const day = first + Math.floor(next() * 366);
    const event: GeneratedEvent = { date: formatDay(day), clause: clause.id };
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
