import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run";

describe("policy check", () => {
  it("checks every policy under policy/ by default: a summary line per file, then the versions of each 办法", async () => {
    const { code, stdout } = await runCli(["check"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines.filter((line) => /^文明优质服务管理办法：\d+ 条款，0 错误，\d+ 警告$/.test(line))).toHaveLength(2);
    expect(lines.at(-1)).toBe("《文明优质服务管理办法》：2 个版本：2006（2006-01-01 起） → 2024年修订（2024-07-01 起）");
  });

  it("prints the problems as JSON with --json", async () => {
    const { code, stdout } = await runCli(["check", "--json", "test/check/cases/check-unknown-clause.policy"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ code: "E0201", severity: "error", message: "未定义的条款“处罚99”", span: { start: { line: 52 } } });
    expect(report.files[0]).toMatchObject({ title: "小办法", errors: 1, warnings: 0 });
  });

  it("fails when two versions of one 办法 take effect on the same day", async () => {
    const dir = mkdtempSync(join(tmpdir(), "versions-"));
    const mini = readFileSync("test/fixtures/mini.policy", "utf8");
    writeFileSync(join(dir, "a.policy"), mini);
    writeFileSync(join(dir, "b.policy"), mini.replace(/^版本 .*$/m, "版本 「2」"));
    const { code, stdout } = await runCli(["check", join(dir, "a.policy"), join(dir, "b.policy")]);
    expect(code).toBe(1);
    expect(stdout).toContain("错误[E0701]：《小办法》有两个版本都在 2024-01-01 生效");
  });

  it("says in Chinese that a file does not exist, and fails", async () => {
    const { code, stderr } = await runCli(["check", "policy/没有这个文件.policy"]);
    expect(code).toBe(1);
    expect(stderr).toContain("文件不存在");
  });

  it("rejects an unknown command with the usage", async () => {
    const { code, stderr } = await runCli(["chekc"]);
    expect(code).toBe(1);
    expect(stderr).toContain("未知的命令“chekc”");
    expect(stderr).toContain("用法：policy");
  });

  it("runs as the `policy` program", () => {
    const run = spawnSync(process.execPath, ["bin/policy.js", "check", "test/check/cases/syntax-misspelt-field-keyword.policy"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("错误[E0102]：未知的关键字“扣份”");
    expect(run.stdout).toContain("   |   ^^^^");
  });
});

describe("policy check on files it cannot use", () => {
  const cases: [string, Partial<import("../../src/cli/io").Io>, string][] = [
    ["a folder", {}, "这是一个文件夹，不是文件"],
    ["an empty file", { size: async () => ({ bytes: 0, directory: false }), readBytes: async () => new Uint8Array() }, "文件是空的"],
    ["a GBK file", { size: async () => ({ bytes: 4, directory: false }), readBytes: async () => new Uint8Array([0xb0, 0xec, 0xb7, 0xa8]) }, "不是 UTF-8 编码"],
    ["a huge file", { size: async () => ({ bytes: 500 * 1024 * 1024, directory: false }) }, "文件过大"],
    ["an unreadable file", { size: async () => Promise.reject(Object.assign(new Error("denied"), { code: "EACCES" })) }, "没有读取权限"],
  ];
  for (const [what, io, message] of cases) {
    it(`says so in Chinese and fails, without a stack trace, for ${what}`, async () => {
      const { code, stderr, stdout } = await runCli(["check", what === "a folder" ? "policy" : "x.policy"], io);
      expect(code).toBe(1);
      expect(stderr).toContain(message);
      expect(stderr + stdout).not.toMatch(/\bat .*\.ts:\d+/);
    });
  }
});
