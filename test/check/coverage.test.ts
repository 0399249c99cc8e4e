import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/check/index";
import { coverage } from "../../src/check/coverage";
import { runCli } from "../cli/run";

const policy = checkText(readFileSync("policy/文明优质服务管理办法.policy", "utf8")).policy!;
const c = coverage(policy);

describe("example coverage", () => {
  it("counts a clause the engine adds (the late fine) as exercised by the example that causes it", () => {
    expect(c.clauses.find((x) => x.id === policy.lateFine!.clause)?.examples).toContain("罚款逾期");
  });

  it("finds no example where the subsumed grade-cap rule decides the cap", () => {
    expect(c.capRules.filter((r) => r.examples.length === 0).map((r) => r.id)).toEqual(["评级2"]);
  });

  it("sees every intervention rule exercised", () => {
    for (const t of c.interventions) expect(t.examples.length, t.reason).toBeGreaterThan(0);
  });

  it("finds no role that no record can affect in the shipped policy", () => {
    expect(c.unreachableRoles).toEqual([]);
  });

  it("is printed by policy check --coverage", async () => {
    const { code, stdout } = await runCli(["check", "--coverage"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/示例覆盖：条款 \d+\/38/);
    expect(stdout).toContain("评级2（无示例）");
  });
});
