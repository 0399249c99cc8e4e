import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/run";
import { expectGolden } from "../golden";

const dir = "test/check/cases";
const cases = readdirSync(dir).filter((f) => f.endsWith(".policy")).sort();

describe("policy check on bad inputs", () => {
  it("has at least twenty distinct bad inputs", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of cases) {
    const name = file.replace(/\.policy$/, "");
    it(`reports ${name} as its golden file shows`, async () => {
      const { code, stdout } = await runCli(["check", `${dir}/${file}`]);
      expectGolden(`${dir}/${name}.out`, `exit ${code}\n${stdout}`);
      // Warnings alone never fail a check; every other case has an error and fails.
      expect(code).toBe(name.startsWith("warn-") ? 0 : 1);
    });
  }
});
