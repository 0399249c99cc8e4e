import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/check/index";
import type { Policy } from "../../src/check/schema";
import { compareRecord, diffPolicies, isEmptyDiff, PolicyDiff, renderDiff } from "../../src/diff";
import { expectGolden } from "../golden";

function load(path: string, text = readFileSync(path, "utf8")): Policy {
  const result = checkText(text, { file: path });
  if (!result.policy) throw new Error(`${path} has errors`);
  return result.policy;
}

const shippedPath = "policy/文明优质服务管理办法.policy";
const shippedText = readFileSync(shippedPath, "utf8");
const shipped = load(shippedPath);
const amended = load("test/fixtures/amended.policy");

/** A deep copy to amend in a test. */
const copy = (policy: Policy): Policy => structuredClone(policy);

describe("diffPolicies", () => {
  it("finds no difference between a policy and itself", () => {
    const diff = diffPolicies(shipped, shipped);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(renderDiff(diff)).toBe("两个版本没有差别\n");
  });

  it("ignores spans: the same policy moved down by comments and blank lines has no difference", () => {
    const moved = load("moved.policy", `# 一行注释\n\n# 又一行\n${shippedText}`);
    expect(moved.clauses[0]!.span.start.line).not.toBe(shipped.clauses[0]!.span.start.line);
    expect(isEmptyDiff(diffPolicies(shipped, moved))).toBe(true);
  });

  it("reports exactly the amendments of the amended policy: version, effective date, two amounts and one new clause", () => {
    const diff = diffPolicies(shipped, amended);
    expect(diff).toEqual({
      header: [
        { field: "version", old: "2006", new: "2024" },
        { field: "effective", old: "2006-01-01", new: "2024-07-01" },
      ],
      rules: [],
      clauses: {
        added: [
          {
            id: "处罚23",
            title: "营业时间使用个人手机",
            category: "处罚",
            direction: "deduct",
            role: "员工",
            points: { kind: "fixed", value: 1 },
            money: { kind: "fixed", value: 100 },
            unit: null,
            tags: [],
            liability: [],
          },
        ],
        removed: [],
        changed: [
          { id: "处罚1.2", title: "迟到、早退、中途离岗未登记", direction: "deduct", changes: [{ field: "points", old: { kind: "fixed", value: 1 }, new: { kind: "fixed", value: 2 } }] },
          { id: "处罚4", title: "使用服务禁语或禁用手势", direction: "deduct", changes: [{ field: "money", old: { kind: "fixed", value: 100 }, new: { kind: "fixed", value: 200 } }] },
        ],
      },
      prose: { added: [], removed: [] },
    });
  });

  it("reports the same amendments the other way round as a removed clause", () => {
    const diff = diffPolicies(amended, shipped);
    expect(diff.clauses.removed.map((c) => c.id)).toEqual(["处罚23"]);
    expect(diff.clauses.added).toEqual([]);
  });

  it("produces a diff that its own schema accepts, also after a JSON round trip", () => {
    const diff = diffPolicies(shipped, amended);
    expect(PolicyDiff.parse(JSON.parse(JSON.stringify(diff)))).toEqual(diff);
    expect(JSON.stringify(diff)).not.toContain('"span"');
  });

  it("renders the amended policy's changes as Chinese text", () => {
    expectGolden("test/diff/golden/amended.txt", renderDiff(diffPolicies(shipped, amended)));
  });

  it("reports and renders changed global rules, lists by id, clause fields and prose", () => {
    const next = copy(shipped);
    next.title = "文明优质服务管理办法（修订）";
    next.basePoints = 10;
    next.repeat.windowDays = 15;
    next.interventions = next.interventions.filter((t) => t.kind === "score");
    next.lateFine = null;
    next.defaultLiability.shares = next.defaultLiability.shares.map((s) => ({ ...s, percent: s.percent === 50 ? 60 : s.percent }));
    next.grading.grades = [...next.grading.grades, "E"];
    next.grading.rules = next.grading.rules.slice(1).map((r) => (r.id === "评级3" ? { ...r, cap: "D" } : r));
    next.roles.push({ id: "柜员", title: "柜员", kind: "other", span: next.roles[0]!.span });
    next.tags[0] = { ...next.tags[0]!, title: "客户有效投诉" };
    const clause = next.clauses.find((c) => c.id === "处罚10")!;
    clause.title = "与客户争吵";
    clause.points = { kind: "range", min: 2, max: 3 };
    clause.money = { kind: "discretion" };
    clause.unit = "人次";
    clause.tags = ["客户投诉"];
    clause.aliases = ["吵架"];
    clause.noRepeat = true;
    clause.liability = [];
    clause.original = ["新的原文"];
    clause.notes = [];
    const award = next.clauses.find((c) => c.id === "奖励1")!;
    award.money = { kind: "none" };
    const paragraph = next.document.find((b) => b.kind === "paragraph");
    if (paragraph?.kind === "paragraph") paragraph.text += "（修订）";
    const diff = diffPolicies(shipped, next);
    expect(diff.rules.map((r) => r.rule)).toEqual(["basePoints", "repeat", "interventions", "lateFine", "defaultLiability", "grades", "gradeRules", "roles", "tags"]);
    expect(diff.clauses.changed.find((c) => c.id === "处罚10")!.changes.map((c) => c.field)).toEqual([
      "title",
      "points",
      "money",
      "unit",
      "tags",
      "aliases",
      "noRepeat",
      "liability",
      "original",
      "notes",
    ]);
    expect([diff.prose.added.length, diff.prose.removed.length]).toEqual([1, 1]);
    expectGolden("test/diff/golden/rules.txt", renderDiff(diff));
  });
});

describe("the shipped 2024 amendment", () => {
  it("changes exactly what its 修订说明 paragraph says: three amounts, one new clause, that paragraph", () => {
    const amendment = load("policy/文明优质服务管理办法（2024年修订）.policy");
    const diff = diffPolicies(shipped, amendment);
    expect(diff.rules).toEqual([]);
    expect(diff.clauses.added.map((c) => c.id)).toEqual(["处罚23"]);
    expect(diff.clauses.removed).toEqual([]);
    expect(diff.clauses.changed.map((c) => [c.id, c.changes.map((x) => x.field)])).toEqual([
      ["奖励4", ["money", "original"]],
      ["处罚12", ["money", "original"]],
      ["处罚20", ["points", "original"]],
    ]);
    expect(diff.prose).toEqual({ added: [expect.stringMatching(/^【修订说明】/)], removed: [] });
    expectGolden("test/diff/golden/shipped-2024.txt", renderDiff(diff));
  });
});

describe("compareRecord", () => {
  const json = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

  it("finds no change for a record whose clauses were not amended", () => {
    expect(compareRecord(shipped, amended, json("test/fixtures/records/individual-unchanged-clauses.json"))).toEqual({ status: "same" });
  });

  it("lists each person of a department whose score or fines change, old and new", () => {
    const comparison = compareRecord(shipped, amended, json("test/fixtures/records/department-late-and-forbidden-words.json"));
    expect(comparison).toEqual({
      status: "changed",
      people: [
        { who: "李科长", changes: [{ figure: "fines", old: 175, new: 225 }] },
        { who: "张三", changes: [{ figure: "fines", old: 100, new: 200 }] },
        { who: "王五", changes: [{ figure: "finalScore", old: 7, new: 5 }] },
      ],
    });
  });

  it("reports a record that names a clause only the new version has as invalid under the old one, with its JSON path", () => {
    const comparison = compareRecord(shipped, amended, json("test/fixtures/records/individual-uses-new-clause.json"));
    expect(comparison.status).toBe("invalid");
    if (comparison.status !== "invalid") return;
    expect(comparison.new).toBeNull();
    expect(comparison.old).toEqual([expect.objectContaining({ path: "events[0].clause", code: "R0201" })]);
  });

  it("reports a grade cap that changes", () => {
    const record = { year: 2024, person: { name: "张三" }, events: [{ date: "2024-02-01", clause: "处罚19.1", points: 2, fine: 200 }] };
    const lenient = copy(shipped);
    lenient.grading.rules = [];
    expect(compareRecord(shipped, lenient, record)).toEqual({ status: "changed", people: [{ who: null, changes: [{ figure: "gradeCap", old: "B", new: null }] }] });
  });
});
