import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PolicyBuildError, buildDay, checkPolicySources, readPolicyDir, sitePolicy } from "../../src/site/load";

const mini = readFileSync("test/fixtures/mini.policy", "utf8");

function buildError(sources: { file: string; text: string }[]): PolicyBuildError {
  try {
    checkPolicySources(sources);
  } catch (e) {
    if (e instanceof PolicyBuildError) return e;
    throw e;
  }
  throw new Error("the policy passed, but an error was expected");
}

describe("the site's policy gate", () => {
  it("returns the checked policy of a valid file", () => {
    const [checked] = checkPolicySources([{ file: "policy/mini.policy", text: mini }]);
    expect(checked?.policy.title).toBe("小办法");
  });

  it("stops the build with the located message when a clause names an unknown category", () => {
    const broken = mini.replace("条款 处罚1 「迟到」\n  类别 处罚", "条款 处罚1 「迟到」\n  类别 处分");
    expect(broken).not.toBe(mini);
    const error = buildError([{ file: "policy/broken.policy", text: broken }]);
    const line = broken.split("\n").findIndex((l) => l.includes("类别 处分")) + 1;
    expect(error.message).toContain("政策文件有错误，站点未生成");
    expect(error.message).toMatch(/错误\[E\d{4}\]：.*处分/);
    expect(error.message).toContain(`--> policy/broken.policy:${line}:`);
    expect(error.message).toMatch(/\n\s*\d+ \|\s+类别 处分\n\s*\|\s+\^+/);
  });

  it("reports the errors of every file, not only the first", () => {
    const a = mini.replace("扣分 1\n  罚款 100 元\n  单位 人次", "扣分 一\n  罚款 100 元\n  单位 人次");
    const b = mini.replace("逾期 处罚3", "逾期 处罚9");
    const error = buildError([
      { file: "policy/a.policy", text: a },
      { file: "policy/b.policy", text: b },
    ]);
    expect(error.messages.length).toBeGreaterThanOrEqual(2);
    expect(error.message).toContain("policy/a.policy:");
    expect(error.message).toContain("policy/b.policy:");
  });

  it("stops the build when an example's expected result is not what the rules give", () => {
    const example = "\n示例 迟到一次 「迟到一次扣1分」\n  记录 2024 年，个人 张三\n  事件 2024-03-01 处罚1\n  预期 积分 10\n";
    const error = buildError([{ file: "policy/example.policy", text: mini + example }]);
    const line = (mini + example).split("\n").findIndex((l) => l.includes("预期 积分 10")) + 1;
    expect(error.message).toContain("迟到一次");
    expect(error.message).toContain(`--> policy/example.policy:${line}:`);
  });

  it("refuses to build when there is no policy file at all", () => {
    expect(() => checkPolicySources([])).toThrow(PolicyBuildError);
    expect(() => readPolicyDir("test/site/no-such-folder")).toThrow(/找不到政策文件夹/);
  });

  it("passes the shipped policy", () => {
    expect(() => checkPolicySources(readPolicyDir())).not.toThrow();
  });
});

describe("what the site publishes", () => {
  const version = (name: string, date: string) => mini.replace(/^版本 .*$/m, `版本 「${name}」`).replace(/^生效 .*$/m, `生效 ${date}`);
  const checked = checkPolicySources([
    { file: "policy/b.policy", text: version("二版", "2024-07-01") },
    { file: "policy/a.policy", text: version("一版", "2024-01-01") },
    { file: "policy/c.policy", text: version("三版", "2030-01-01") },
  ]);

  it("orders the versions by date and shows the latest in force on the build day", () => {
    const site = sitePolicy(checked, "2026-11-29");
    expect(site.versions.map((v) => v.policy.version)).toEqual(["一版", "二版", "三版"]);
    expect(site.current).toBe(1);
    expect(sitePolicy(checked, "2024-07-01").current).toBe(1);
    expect(sitePolicy(checked, "2024-06-30").current).toBe(0);
    expect(sitePolicy(checked, "2030-01-01").current).toBe(2);
  });

  it("shows the first version when none is in force yet", () => {
    expect(sitePolicy(checked, "2000-01-01").current).toBe(0);
  });

  it("stops the build when two versions take effect on the same day", () => {
    const clash = checkPolicySources([
      { file: "policy/a.policy", text: version("一版", "2024-01-01") },
      { file: "policy/b.policy", text: version("二版", "2024-01-01") },
    ]);
    expect(() => sitePolicy(clash, "2026-01-01")).toThrow(/E0701[\s\S]*--> policy\/b\.policy:/);
  });

  it("takes the build day from SITE_TODAY when it is set", () => {
    expect(buildDay({ SITE_TODAY: "2024-07-01" })).toBe("2024-07-01");
    expect(buildDay({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("publishes the shipped 2024 amendment, in force since 2024-07-01, after the 2006 text", () => {
    const site = sitePolicy(checkPolicySources(readPolicyDir()), "2026-11-29");
    expect(site.versions.map((v) => [v.policy.version, v.policy.effective])).toEqual([["2006", "2006-01-01"], ["2024年修订", "2024-07-01"]]);
    expect(site.current).toBe(1);
  });
});
