/**
 * The shipped policy says exactly what the policy owner's notes say: every clause id of the
 * table in policy-notes.md, with its amounts, unit, tags and liability.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/check/index";
import type { Amount, Clause, Policy } from "../../src/check/schema";

const NOTES = "test/fixtures/policy-notes.md";
const SHARED_NOTES = "../shared/policy-notes.md";
const POLICY = "policy/文明优质服务管理办法.policy";

interface Row {
  id: string;
  points: string;
  money: string;
  unit: string;
  notes: string;
}

function tableRows(markdown: string): Row[] {
  return markdown
    .split("\n")
    .filter((l) => /^\| (奖励|处罚|管理)\d/.test(l))
    .map((l) => l.split("|").map((c) => c.trim()))
    .map((c) => ({ id: c[1]!, points: c[4]!, money: c[5]!, unit: c[6]!, notes: c[7]! }));
}

/** "+1", "−2~3", "酌情", "" → the checked Amount, and the sign. */
function amountOf(cell: string): { amount: Amount; sign: "+" | "−" | null } {
  if (cell === "") return { amount: { kind: "none" }, sign: null };
  if (cell === "酌情") return { amount: { kind: "discretion" }, sign: null };
  const m = /^([+−])(\d+)(?:~(\d+))?$/.exec(cell);
  if (!m) throw new Error(`unreadable amount cell: ${cell}`);
  const sign = m[1] as "+" | "−";
  return m[3] ? { amount: { kind: "range", min: Number(m[2]), max: Number(m[3]) }, sign } : { amount: { kind: "fixed", value: Number(m[2]) }, sign };
}

/** "连带 (当值科长) −2~4 分 −200~400 元" → the manager's points and money. */
function managerLiability(notes: string): { points: Amount; money: Amount } | null {
  const m = /连带(?: \([^)]*\))? (−[\d~]+) 分 (−[\d~]+) 元/.exec(notes);
  return m ? { points: amountOf(m[1]!).amount, money: amountOf(m[2]!).amount } : null;
}

const rows = tableRows(readFileSync(NOTES, "utf8"));
const result = checkText(readFileSync(POLICY, "utf8"), { file: POLICY });
const policy = result.policy as Policy;
const byId = new Map(policy?.clauses.map((c) => [c.id, c]));
const roleKind = (id: string) => policy.roles.find((r) => r.id === id)?.kind;
const direction = (c: Clause) => policy.categories.find((k) => k.id === c.category)?.direction;

describe("the shipped policy", () => {
  it("checks without errors; its warnings are the known findings listed in 修订说明", () => {
    expect(result.problems.filter((p) => p.severity !== "info").map((p) => `${p.code} ${p.span.start.line}`)).toEqual([
      expect.stringMatching(/^W0201 /), // 评级2 is subsumed by 评级1
      expect.stringMatching(/^W0203 /), // 评级4: the text's bare “6分以下” read as strict
      expect.stringMatching(/^W0203 /), // 评级4: the text's bare “3次以上” read as strict
    ]);
  });

  it("is checked against the policy owner's current notes", () => {
    if (existsSync(SHARED_NOTES)) expect(readFileSync(NOTES, "utf8")).toBe(readFileSync(SHARED_NOTES, "utf8"));
    expect(rows.length).toBeGreaterThanOrEqual(38);
  });

  it("defines exactly the clause ids of the notes", () => {
    expect([...byId.keys()].sort()).toEqual(rows.map((r) => r.id).sort());
  });

  for (const row of rows) {
    it(`encodes ${row.id} with the notes' amounts, unit, tags and liability`, () => {
      const clause = byId.get(row.id)!;
      expect(clause, row.id).toBeDefined();
      const points = amountOf(row.points);
      const money = amountOf(row.money);
      expect(clause.points).toEqual(points.amount);
      expect(clause.money).toEqual(money.amount);
      const sign = points.sign ?? money.sign;
      if (sign) expect(direction(clause)).toBe(sign === "+" ? "award" : "deduct");
      expect(clause.unit ?? "").toBe(row.unit);
      expect(clause.tags.includes(policy.grading.complaintTag)).toBe(row.notes.includes("客户投诉"));
      expect(clause.original.length).toBeGreaterThan(0);

      const manager = managerLiability(row.notes);
      const fixedToManager = clause.liability.filter((l) => l.kind === "fixed" && roleKind(l.role) === "manager");
      expect(fixedToManager.map((l) => l.kind === "fixed" && { points: l.points, money: l.money })).toEqual(manager ? [manager] : []);
      expect(clause.liability.some((l) => l.kind === "daily")).toBe(row.notes.includes("same-day cascade"));
      if (row.notes.includes("applies to the 科室负责人")) expect(roleKind(clause.role)).toBe("manager");
      if (row.notes.includes("added by the engine")) {
        expect(policy.lateFine?.clause).toBe(row.id);
        expect(clause.noRepeat).toBe(true);
      }
      if (row.notes.includes("主管主任 −300 元"))
        expect(clause.liability).toContainEqual(expect.objectContaining({ kind: "fixed", money: { kind: "fixed", value: 300 }, points: { kind: "none" } }));
      if (row.notes.includes("ruling 10"))
        expect(clause.liability.filter((l) => l.kind === "share").map((l) => l.kind === "share" && l.percent)).toEqual([
          { kind: "range", min: 10, max: 20 },
          { kind: "range", min: 10, max: 20 },
        ]);
    });
  }

  it("states the global rulings: base 12, doubling within 30 days, interventions, late fines, grade caps", () => {
    expect(policy.basePoints).toBe(12);
    expect(policy.repeat).toMatchObject({ windowDays: 30, factor: 2 });
    expect(policy.defaultLiability.shares).toEqual([
      { responsibility: "员工", percent: 50 },
      { responsibility: "管理", percent: 100 },
    ]);
    expect(policy.interventions).toMatchObject([
      { kind: "score", reason: "积分扣完", bound: { op: "<=", value: 0 } },
      { kind: "frequency", reason: "30天内违规3次", count: 3, windowDays: 30, reset: true },
    ]);
    expect(policy.consequences.find((c) => c.money !== null)).toEqual({ text: "下岗工资", money: 450 });
    expect(policy.lateFine).toMatchObject({ dueDays: 3, graceDays: 2 });
    expect(policy.grading.grades).toEqual(["A级以上", "A", "B", "C", "D"]);
    expect(policy.grading.rules.map((r) => [r.score.op, r.score.value, r.complaints.op, r.complaints.value, r.cap])).toEqual([
      ["<=", 10, ">=", 1, "B"],
      ["<=", 8, ">=", 2, "B"],
      ["<=", 6, ">=", 3, "C"],
      ["<", 6, ">", 3, "D"],
    ]);
  });

  it("gives every ruled rule a 解释说明 that quotes its sentence", () => {
    const rules = policy.document.filter((b) => b.kind === "rule");
    expect(rules.length).toBeGreaterThanOrEqual(9);
    for (const r of rules) if (r.kind === "rule") expect(r.original.length, r.rule).toBeGreaterThan(0);
  });

  it("keeps the whole text in reading order, prose included", () => {
    const text = policy.document.map((b) => (b.kind === "paragraph" ? b.text : b.kind === "heading" ? b.text : "")).join("\n");
    for (const phrase of ["组长:班元杰", "责任人制度", "办公室设立文优服务检查情况台账", "文优服务标兵可优先参加各种离岗培训"]) expect(text).toContain(phrase);
  });
});
