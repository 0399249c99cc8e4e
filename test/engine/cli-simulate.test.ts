import { readFileSync } from "node:fs";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { simulateCommand, type SimulateIo } from "../../src/cli/simulate";
import { simulate, validateRecord } from "../../src/engine";
import { loadTestPolicy } from "./policy-fixture";

const FIXTURES = new URL("./fixtures/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), "utf8");

function fakeIo(files: { [path: string]: string }) {
  const out: string[] = [];
  const err: string[] = [];
  const policies: (readonly string[])[] = [];
  const io: SimulateIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    loadPolicy: async (files) => {
      policies.push(files);
      if (files.includes("broken.policy")) throw new Error("办法有 2 处错误");
      return [loadTestPolicy()];
    },
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
  };
  return { io, out, err, policies };
}

const DEPARTMENT = "r09-other-clauses-give-the-manager-half-or-all-after-doubling.record.json";

describe("policy simulate", () => {
  it("prints the result as JSON with a two-space indent and exits 0", async () => {
    const { io, out, err } = fakeIo({ "r.json": fixture(DEPARTMENT) });
    expect(await simulateCommand(["r.json"], io)).toBe(0);
    expect(err).toEqual([]);
    const validation = validateRecord(loadTestPolicy(), JSON.parse(fixture(DEPARTMENT)));
    if (!validation.ok) throw new Error("fixture should be valid");
    expect(out.join("")).toBe(`${JSON.stringify(simulate(loadTestPolicy(), validation.record), null, 2)}\n`);
  });

  it("passes every --policy (the versions of one policy) to the policy loader, none by default", async () => {
    const { io, policies } = fakeIo({ "r.json": fixture(DEPARTMENT) });
    await simulateCommand(["--policy", "other.policy", "r.json"], io);
    await simulateCommand(["r.json", "--policy=v1.policy", "--policy", "v2.policy"], io);
    await simulateCommand(["r.json"], io);
    expect(policies).toEqual([["other.policy"], ["v1.policy", "v2.policy"], []]);
  });

  it("prints each problem of a bad record on stderr as path and message, nothing on stdout, and exits 1", async () => {
    const { io, out, err } = fakeIo({ "bad.json": fixture("bad-dates.record.json") });
    expect(await simulateCommand(["bad.json"], io)).toBe(1);
    expect(out).toEqual([]);
    const lines = err.join("").trimEnd().split("\n");
    expect(lines[0]).toBe("错误：记录“bad.json”有 7 处问题，未计算：");
    expect(lines[1]).toBe("events[0].date: date 应为真实存在的日期（YYYY-MM-DD），实际为“2024-02-30” [R0301]");
    expect(lines).toHaveLength(8);
  });

  it("reports the line and column of bad JSON", async () => {
    const text = '{ "year": 2024,\n  "person": { "name": "张三" },\n  "events": [ { "date": "2024-01-01" "clause": "处罚4" } ] }';
    const { io, out, err } = fakeIo({ "bad.json": text });
    expect(await simulateCommand(["bad.json"], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err.join("")).toBe("bad.json:3:38: 记录不是有效的 JSON：应为逗号“,”或“}”\n");
  });

  it("exits 1 with a message when the record file cannot be read or the policy has errors", async () => {
    const missing = fakeIo({});
    expect(await simulateCommand(["none.json"], missing.io)).toBe(1);
    expect(missing.err.join("")).toMatch(/^错误：无法读取记录文件“none.json”/);
    const broken = fakeIo({ "r.json": fixture(DEPARTMENT) });
    expect(await simulateCommand(["r.json", "--policy", "broken.policy"], broken.io)).toBe(1);
    expect(broken.err.join("")).toBe("错误：无法载入办法：办法有 2 处错误\n");
    expect(broken.out).toEqual([]);
  });

  it("rejects a missing record, an unknown option or format with usage and exit 2", async () => {
    for (const args of [[], ["r.json", "--verbose"], ["r.json", "--format", "xml"], ["a.json", "b.json"], ["r.json", "--policy"]]) {
      const { io, out, err } = fakeIo({});
      expect(await simulateCommand(args, io)).toBe(2);
      expect(out).toEqual([]);
      expect(err.join("")).toContain("用法：policy simulate");
    }
  });

  it("prints a Chinese summary and an entry table whose columns line up by display width", async () => {
    const { io, out } = fakeIo({ "r.json": fixture(DEPARTMENT) });
    expect(await simulateCommand(["r.json", "--format", "text"], io)).toBe(0);
    const text = out.join("");
    expect(text).toContain("李科长（科长）\n  最终积分  2.3（扣 9.8 分，加 0 分）\n  罚款      787.5 元");
    expect(text).toContain("  评级上限  最高 B（评级1：不得评为A级及A级以上）");
    expect(text).toContain("  诫勉      2024-05-07 30天内违规3次");
    const tables = text.split("\n\n").filter((block) => block.includes("  日期  "));
    expect(tables.length).toBe(3);
    for (const table of tables) {
      const rows = table.split("\n");
      const header = rows[0] ?? "";
      const explanationColumn = stringWidth(header.slice(0, header.indexOf("说明")));
      for (const row of rows.slice(1)) {
        const why = row.search(/(处罚|奖励|管理)\S* \S/);
        expect(stringWidth(row.slice(0, why))).toBe(explanationColumn);
      }
    }
  });
});
