/**
 * Versions of a policy: each event is judged by the version in force on its date. Laws on
 * generated records, then the shipped 2024 amendment on hand-made ones.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/check/index";
import type { Policy } from "../../src/check/schema";
import { isDepartmentResult, simulate, validateRecord, type Result } from "../../src/engine";
import { dayNumber, formatDay } from "../../src/engine/dates";
import { dayArb, departmentArb, individualArb, YEAR } from "./arbitrary-record";

function load(file: string): Policy {
  const policy = checkText(readFileSync(file, "utf8"), { file, examples: false }).policy;
  if (!policy) throw new Error(`${file} has errors`);
  return policy;
}

const v1 = load("policy/文明优质服务管理办法.policy");
const v2 = load("policy/文明优质服务管理办法（2024年修订）.policy");
const FIRST_DAY = dayNumber({ year: YEAR, month: 1, day: 1 });

/** The result without the `why` sentences, which name the version when there are several. */
function figures(result: Result): unknown {
  const people = isDepartmentResult(result) ? [...result.people, ...result.directors] : [result];
  for (const person of people) for (const entry of person.entries) entry.why = "";
  return result;
}

function run(policies: Policy | Policy[], json: unknown): Result {
  const validation = validateRecord(policies, json);
  if (!validation.ok) throw new Error(`invalid record: ${JSON.stringify(validation.problems)}`);
  return simulate(policies, validation.record);
}

const anyRecord = (policy: Policy) => fc.oneof(individualArb(policy), departmentArb(policy));
const inForceFrom = (policy: Policy, day: number, version: string): Policy => ({ ...policy, effective: formatDay(FIRST_DAY + day), version });

describe("versions: laws", () => {
  // Law: splitting a policy into two identical versions changes no figure (repeat windows,
  // intervention windows and daily liability pools carry across the change).
  it("gives the same figures for a policy and for the same policy split into two versions on any day", () => {
    fc.assert(
      fc.property(anyRecord(v1), dayArb, (record, day) => {
        const split = [v1, inForceFrom(v1, day, "同文再版")];
        expect(figures(run(split, record))).toEqual(figures(run(v1, record)));
      }),
      { numRuns: 150 },
    );
  });

  // Law: a record whose events all fall on or after the amendment's date is judged by the amendment alone.
  it("judges a record dated after the amendment by the amendment alone", () => {
    fc.assert(
      fc.property(anyRecord(v2), dayArb, (record, day) => {
        const amended = inForceFrom(v2, day, v2.version);
        const from = formatDay(FIRST_DAY + day);
        const later = { ...record, events: record.events.filter((e) => e.date >= from) };
        expect(figures(run([v1, amended], later))).toEqual(figures(run(amended, later)));
      }),
      { numRuns: 150 },
    );
  });

  // Law: the order in which versions are given does not matter; the 生效 dates order them.
  it("orders versions by their 生效 dates, not by the order they are given in", () => {
    fc.assert(
      fc.property(anyRecord(v1), (record) => {
        expect(run([v2, v1], record)).toEqual(run([v1, v2], record));
      }),
      { numRuns: 50 },
    );
  });
});

describe("versions: the shipped 2024 amendment (in force from 2024-07-01)", () => {
  const both = [v1, v2];
  const person = (events: object[]) => ({ year: 2024, person: { name: "张三" }, events });

  it("judges each event by the version in force on its date, and a repeat across the change by the later one", () => {
    const result = run(both, person([
      { date: "2024-06-20", clause: "处罚12" },
      { date: "2024-07-05", clause: "处罚12" },
      { date: "2024-07-10", clause: "处罚23" },
    ]));
    if (isDepartmentResult(result)) throw new Error("individual record expected");
    expect(result.entries.map((e) => [e.date, e.clause, e.points, e.fine, e.doubled])).toEqual([
      ["2024-06-20", "处罚12", -1, 100, false],
      ["2024-07-05", "处罚12", -2, 100, true],
      ["2024-07-10", "处罚23", -1, 100, false],
    ]);
    expect(result.entries.map((e) => e.why.endsWith("（依2006版）") || e.why.endsWith("（依2024年修订版）"))).toEqual([true, true, true]);
    expect(result.entries[1]!.why).toContain("（依2024年修订版）");
    // Three violations in 30 days: the trigger counts across the change of version.
    expect(result.interventions).toEqual([expect.objectContaining({ date: "2024-07-10", reason: "30天内违规3次" })]);
  });

  it("rewards 奖励4 with 500 元 only from 2024-07-01", () => {
    const result = run(both, person([
      { date: "2024-06-30", clause: "奖励4" },
      { date: "2024-07-01", clause: "奖励4" },
    ]));
    if (isDepartmentResult(result)) throw new Error("individual record expected");
    expect(result.rewards).toBe(500);
    expect(result.finalScore).toBe(18);
  });

  it("rejects a clause before the version that adds it takes effect, naming the version and its date", () => {
    const validation = validateRecord(both, person([{ date: "2024-06-30", clause: "处罚23" }]));
    expect(validation).toEqual({
      ok: false,
      problems: [{ path: ["events", 0, "clause"], code: "R0206", message: "条款“处罚23”在 2024-06-30 尚未施行：它由版本“2024年修订”增设，2024-07-01 起施行" }],
    });
  });

  it("rejects a clause after the version that removes it takes effect", () => {
    const v3 = { ...v2, version: "2025年修订", effective: "2025-01-01", clauses: v2.clauses.filter((c) => c.id !== "处罚23") };
    const validation = validateRecord([v1, v2, v3], { year: 2025, person: { name: "张三" }, events: [{ date: "2025-03-01", clause: "处罚23" }] });
    expect(validation.ok).toBe(false);
    if (validation.ok) return;
    expect(validation.problems.map((p) => p.message)).toEqual(["条款“处罚23”在 2025-03-01 已不再施行：版本“2025年修订”（2025-01-01 起施行）删除了它"]);
  });

  it("takes the base points from the version in force on 1 January and the grade cap from the one on 31 December", () => {
    const lowBase = { ...v2, basePoints: 10 };
    const noCaps = { ...v2, grading: { ...v2.grading, rules: [] } };
    const complaints = person([{ date: "2024-03-01", clause: "处罚19.1", points: 2, fine: 200 }]);
    const withLowBase = run([v1, lowBase], complaints);
    const withoutCaps = run([v1, noCaps], complaints);
    if (isDepartmentResult(withLowBase) || isDepartmentResult(withoutCaps)) throw new Error("individual record expected");
    expect(withLowBase.finalScore).toBe(10);
    expect(withoutCaps.gradeCap).toBeNull();
    expect(run(v1, complaints)).toMatchObject({ finalScore: 10, gradeCap: "B" });
  });

  it("adds a late-fine penalty by the terms of the version that imposed the fine", () => {
    const longerGrace = { ...v2, lateFine: { ...v2.lateFine!, graceDays: 10 } };
    // Fined on 06-28 under v1 (3 + 2 days), paid on 07-06: late under v1's terms, on time under v2's.
    const result = run([v1, longerGrace], person([{ date: "2024-06-28", clause: "处罚12", finePaidOn: "2024-07-06" }]));
    if (isDepartmentResult(result)) throw new Error("individual record expected");
    expect(result.entries.map((e) => [e.date, e.clause])).toEqual([["2024-06-28", "处罚12"], ["2024-07-04", "处罚22"]]);
  });
});
