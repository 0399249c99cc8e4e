import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/check/index";

describe("the check stage on a valid policy", () => {
  const result = checkText(readFileSync("test/fixtures/mini.policy", "utf8"), { file: "mini.policy" });

  it("returns a policy and no error or warning", () => {
    expect(result.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(result.policy).not.toBeNull();
  });

  it("turns amounts, ranges, liabilities and rules into typed values", () => {
    const policy = result.policy!;
    const clause = policy.clauses.find((c) => c.id === "处罚2")!;
    expect(clause.points).toEqual({ kind: "range", min: 2, max: 5 });
    expect(clause.tags).toEqual(["客户投诉"]);
    expect(clause.liability).toMatchObject([{ kind: "fixed", role: "科长", points: { kind: "fixed", value: 1 }, money: { kind: "fixed", value: 100 } }]);
    expect(policy.grading.rules[0]).toMatchObject({ score: { op: "<=", value: 10, written: "inclusive" }, complaints: { op: ">=", value: 1 }, cap: "B" });
    expect(policy.interventions).toMatchObject([
      { kind: "score", reason: "积分扣完", bound: { op: "<=", value: 0 } },
      { kind: "frequency", reason: "30天内违规3次", count: 3, windowDays: 30, reset: true },
    ]);
    expect(policy.lateFine).toMatchObject({ dueDays: 3, graceDays: 2, clause: "处罚3" });
  });

  it("keeps the source span of every clause", () => {
    for (const c of result.policy!.clauses) expect(c.span.end.offset).toBeGreaterThan(c.span.start.offset);
  });
});
