import { describe, expect, it } from "vitest";
import { nodeIo } from "../../src/cli/main";
import { runCli } from "./run";

const OLD = "policy/文明优质服务管理办法.policy";
const NEW = "test/fixtures/amended.policy";
const RECORDS = "test/fixtures/records";

describe("policy diff, wired into the `policy` command", () => {
  it("prints the amendments in Chinese and exits 0, since differences are not failures", async () => {
    const { code, stdout, stderr } = await runCli(["diff", OLD, NEW]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("版本 2006 → 2024");
    expect(stdout).toContain("修改 处罚4 使用服务禁语或禁用手势：罚款 100 元 → 200 元");
    expect(stdout).toContain("修改 处罚1.2 迟到、早退、中途离岗未登记：扣分 1 分 → 2 分");
    expect(stdout).toContain("新增 处罚23 「营业时间使用个人手机」（处罚）：扣分 1 分，罚款 100 元");
  });

  it("says that a policy compared with itself has no difference", async () => {
    const { code, stdout } = await runCli(["diff", OLD, OLD]);
    expect(code).toBe(0);
    expect(stdout).toContain("两个版本没有差别");
  });

  it("with --records lists the records and people whose figures change, old → new, and the invalid ones with their JSON paths", async () => {
    const { code, stdout, stderr } = await runCli(["diff", OLD, NEW, "--records", RECORDS]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const records = stdout.slice(stdout.indexOf("记录（"));
    expect(records).toBe(
      [
        "记录（test/fixtures/records，共 5 份：2 份有变化，2 份没有变化，1 份无效）",
        "department-late-and-forbidden-words.json：",
        "  李科长：罚款 175 元 → 225 元",
        "  张三：罚款 100 元 → 200 元",
        "  王五：积分 7 → 5",
        "individual-repeated-forbidden-words.json：",
        "  罚款 800 元 → 1600 元",
        "individual-uses-new-clause.json：记录无效，未比较",
        "  在旧版本下有 1 处问题：",
        "    events[0].clause: 未知条款“处罚23”；是否想写“处罚2”？ [R0201]",
        "没有变化：department-unchanged-clauses.json、individual-unchanged-clauses.json",
        "",
      ].join("\n"),
    );
  });

  it("with --json prints { diff } and, with --records, { diff, records }", async () => {
    const plain = await runCli(["diff", OLD, NEW, "--json"]);
    expect(plain.code).toBe(0);
    const parsed = JSON.parse(plain.stdout);
    expect(Object.keys(parsed)).toEqual(["diff"]);
    expect(parsed.diff.clauses.added.map((c: { id: string }) => c.id)).toEqual(["处罚23"]);

    const withRecords = await runCli(["diff", OLD, NEW, "--json", "--records", RECORDS]);
    expect(withRecords.code).toBe(0);
    const both = JSON.parse(withRecords.stdout);
    expect(Object.keys(both)).toEqual(["diff", "records"]);
    expect(both.records.map((r: { comparison: { status: string } }) => r.comparison.status)).toEqual(["changed", "same", "changed", "same", "invalid"]);
    expect(both.records[2]).toEqual({
      file: `${RECORDS}/individual-repeated-forbidden-words.json`,
      comparison: { status: "changed", people: [{ who: null, changes: [{ figure: "fines", old: 800, new: 1600 }] }] },
    });
  });

  it("reports a record that is not JSON as invalid instead of stopping", async () => {
    const broken = `${RECORDS}/broken.json`;
    const { code, stdout } = await runCli(["diff", OLD, NEW, "--records", RECORDS], {
      listFiles: async () => [broken],
      size: async (path) => (path === broken ? { bytes: 12, directory: false } : nodeIo.size(path)),
      readBytes: async (path) => (path === broken ? new TextEncoder().encode("{ 不是 JSON") : nodeIo.readBytes(path)),
    });
    expect(code).toBe(0);
    expect(stdout).toContain("broken.json：记录无效，未比较");
    expect(stdout).toContain("记录不是有效的 JSON");
  });

  it("says in Chinese that a policy file does not exist, and exits 1", async () => {
    const { code, stdout, stderr } = await runCli(["diff", OLD, "没有这个办法.policy"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("没有这个办法.policy");
    expect(stderr).toContain("文件不存在");
  });

  it("refuses a policy with errors and shows where, exiting 1", async () => {
    const { code, stderr } = await runCli(["diff", OLD, "test/check/cases/check-unknown-clause.policy"]);
    expect(code).toBe(1);
    expect(stderr).toContain("未定义的条款“处罚99”");
  });

  it("exits 1 when the records folder does not exist", async () => {
    const { code, stderr } = await runCli(["diff", OLD, NEW, "--records", "没有这个文件夹"]);
    expect(code).toBe(1);
    expect(stderr).toContain("记录文件夹不存在");
  });

  it.each([
    [["diff"], "缺少旧办法文件和新办法文件"],
    [["diff", OLD], "缺少新办法文件"],
    [["diff", OLD, NEW, OLD], "只能比较两个办法文件"],
    [["diff", OLD, NEW, "--records"], "--records 后面缺少记录文件夹"],
    [["diff", OLD, NEW, "--fast"], "未知的选项“--fast”"],
  ])("exits 2 with a usage message for %j", async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr).toContain("用法：policy diff");
  });

  it("is listed in the `policy` usage", async () => {
    const { stdout } = await runCli(["help"]);
    expect(stdout).toContain("diff 旧文件 新文件");
  });
});
