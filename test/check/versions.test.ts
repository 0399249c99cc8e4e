/** Files of one 办法 are its versions: ordered by 生效 date, which (like the version name) must differ. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/check/index";
import { groupVersions, type CheckedFile } from "../../src/check/versions";
import { formatProblem } from "../../src/diagnostics/format";

const MINI = readFileSync("test/fixtures/mini.policy", "utf8");

function checked(file: string, text: string): CheckedFile {
  const result = checkText(text, { file });
  if (!result.policy || !result.tree) throw new Error(`${file} has errors`);
  return { file, policy: result.policy, tree: result.tree };
}

const withHeader = (version: string, date: string, title?: string) => {
  let text = MINI.replace(/^版本 .*$/m, `版本 「${version}」`).replace(/^生效 .*$/m, `生效 ${date}`);
  if (title) text = text.replace(/^办法 .*$/m, `办法 「${title}」`);
  return text;
};

describe("groupVersions", () => {
  it("groups files by title and orders each group's versions by date, whatever the file order", () => {
    const files = [checked("b.policy", withHeader("二版", "2024-07-01")), checked("other.policy", withHeader("一版", "2020-01-01", "另一办法")), checked("a.policy", withHeader("一版", "2020-01-01"))];
    const { histories, problems } = groupVersions(files);
    expect(problems).toEqual([]);
    expect(histories.map((h) => [h.title, h.versions.map((v) => v.file)])).toEqual([
      [files[0]!.policy.title, ["a.policy", "b.policy"]],
      ["另一办法", ["other.policy"]],
    ]);
  });

  it("reports two versions on the same date at the later file's 生效 line, naming the other file", () => {
    const text = withHeader("二版", "2020-01-01");
    const { problems } = groupVersions([checked("a.policy", withHeader("一版", "2020-01-01")), checked("b.policy", text)]);
    expect(problems.map((p) => [p.code, p.file])).toEqual([["E0701", "b.policy"]]);
    const shown = formatProblem(problems[0]!, text);
    expect(shown).toContain("a.policy");
    expect(shown).toMatch(/--> b\.policy:\d+:1\n[\s\S]*生效 2020-01-01\n\s*\| \^+/);
  });

  it("reports two versions with the same name at the later file's 版本 line", () => {
    const { problems } = groupVersions([checked("a.policy", withHeader("一版", "2020-01-01")), checked("b.policy", withHeader("一版", "2021-01-01"))]);
    expect(problems.map((p) => [p.code, p.file, p.message])).toEqual([["E0702", "b.policy", `《${checked("x", MINI).policy.title}》的版本名“一版”与 a.policy 相同；每个版本须有自己的名称`]]);
  });
});
