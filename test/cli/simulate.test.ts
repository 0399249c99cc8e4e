import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run";

const dir = "test/engine/fixtures";
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".result.json"));
// The fixtures state policy-notes.md, which is the 2006 version.
const V2006 = "policy/文明优质服务管理办法.policy";

describe("policy simulate, wired into the `policy` command with the shipped policy", () => {
  for (const f of fixtures) {
    const name = f.replace(/\.result\.json$/, "");
    it(`prints the expected result of ${name}`, async () => {
      const { code, stdout, stderr } = await runCli(["simulate", `${dir}/${name}.record.json`, "--policy", V2006]);
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

  it("judges each event by the version in force on its date when given every version (the default)", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "simulate-")), "r.json");
    const events = [{ date: "2024-06-30", clause: "处罚12" }, { date: "2024-08-30", clause: "处罚12" }];
    writeFileSync(file, JSON.stringify({ year: 2024, person: { name: "张三" }, events }));
    const { code, stdout } = await runCli(["simulate", file]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.entries.map((e: { fine: number; why: string }) => [e.fine, /（依(.+)版）$/.exec(e.why)?.[1]])).toEqual([
      [100, "2006"],
      [50, "2024年修订"],
    ]);
  });

  it("says in Chinese that the record file does not exist", async () => {
    const { code, stderr } = await runCli(["simulate", "没有这个记录.json"]);
    expect(code).toBe(1);
    expect(stderr).toContain("文件不存在");
  });
});
