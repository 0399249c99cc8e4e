import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./run";

const dir = "test/engine/fixtures";
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".result.json"));

describe("policy simulate, wired into the `policy` command with the shipped policy", () => {
  for (const f of fixtures) {
    const name = f.replace(/\.result\.json$/, "");
    it(`prints the expected result of ${name}`, async () => {
      const { code, stdout, stderr } = await runCli(["simulate", `${dir}/${name}.record.json`]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(`${dir}/${f}`, "utf8")));
    });
  }

  it("refuses to compute with a broken policy and shows where it is broken", async () => {
    const { code, stdout, stderr } = await runCli(["simulate", `${dir}/${fixtures[0]!.replace(".result.", ".record.")}`, "--policy", "test/check/cases/check-unknown-clause.policy"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("未定义的条款“处罚99”");
  });

  it("says in Chinese that the record file does not exist", async () => {
    const { code, stderr } = await runCli(["simulate", "没有这个记录.json"]);
    expect(code).toBe(1);
    expect(stderr).toContain("文件不存在");
  });
});
