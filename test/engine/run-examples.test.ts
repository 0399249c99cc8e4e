import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Example, Span } from "../../src/check/schema";
import { exampleRecord, runExamples } from "../../src/check/run-examples";
import { checkText } from "../../src/check";
import { loadTestPolicy } from "./policy-fixture";

const at = (line: number): Span => ({ start: { offset: line * 10, line, column: 3 }, end: { offset: line * 10 + 5, line, column: 8 } });

const repeatExample: Example = {
  id: "重犯加倍",
  title: "30天内重犯加倍",
  year: 2024,
  subject: { kind: "person", name: "张三" },
  events: [
    { date: "2024-03-01", person: null, clause: "处罚1.2", span: at(2) },
    { date: "2024-03-31", person: null, clause: "处罚1.2", span: at(3) },
  ],
  expect: [{ who: null, finalScore: 9, fines: 300, violations: 2, interventions: [], gradeCap: null, span: at(4) }],
  notes: [],
  span: at(1),
};

const withPolicyExamples = (...examples: Example[]) => ({ ...loadTestPolicy(), examples });

describe("runExamples", () => {
  it("reports nothing when every expectation holds", () => {
    expect(runExamples(withPolicyExamples(repeatExample))).toEqual([]);
  });

  it("reports a failed expectation at the expectation, with the expected and the actual value", () => {
    const wrong = { ...repeatExample, expect: [{ who: null, finalScore: 10, span: at(4) }] };
    const [problem, ...rest] = runExamples(withPolicyExamples(wrong));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: "E0601", severity: "error", span: at(4) });
    expect(problem?.message).toBe("示例“重犯加倍”的结果不符：张三 的最终积分应为 10，实际为 9");
    expect(problem?.notes[0]).toMatch(/^实际结果：最终积分 9，/);
    expect(problem?.notes).toContain("明细：2024-03-31 处罚1.2 迟到、早退、中途离岗未登记：扣2分，罚款200元（30天内重犯，加倍；前次 2024-03-01）");
  });

  it("reports each failed field of an expectation as its own problem", () => {
    const wrong = { ...repeatExample, expect: [{ who: null, violations: 3, interventions: [{ date: "2024-03-31", reason: "积分扣完" }], gradeCap: "B", span: at(4) }] };
    expect(runExamples(withPolicyExamples(wrong)).map((p) => p.message)).toEqual([
      "示例“重犯加倍”的结果不符：张三 的违规次数应为 3，实际为 2",
      "示例“重犯加倍”的结果不符：张三 的诫勉应为 2024-03-31 积分扣完，实际为 无",
      "示例“重犯加倍”的结果不符：张三 的评级上限应为 B，实际为 无上限",
    ]);
  });

  it("reports a record the engine rejects at the offending event", () => {
    const bad = { ...repeatExample, events: [{ date: "2024-03-01", person: null, clause: "处罚8", points: 5, fine: 200, span: at(2) }] };
    const problems = runExamples(withPolicyExamples(bad));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "E0602", span: at(2) });
    expect(problems[0]?.message).toBe("示例“重犯加倍”的记录无效：events[0].points：处罚8 的 points 应为 2~3 之间的整数，实际为 5");
  });

  it("compares a director role's fines in a department example", () => {
    const department: Example = {
      ...repeatExample,
      id: "媒体曝光",
      subject: { kind: "department", manager: "李科长", members: ["张三"] },
      events: [{ date: "2024-05-01", person: "张三", clause: "处罚19.3", points: 5, fine: 600, directorShare: 15, span: at(2) }],
      expect: [
        { who: "主任", fines: 90, span: at(3) },
        { who: "主管主任", fines: 80, span: at(4) },
        { who: "李科长", finalScore: 10, fines: 200, span: at(5) },
      ],
    };
    expect(runExamples(withPolicyExamples(department)).map((p) => [p.span.start.line, p.message])).toEqual([
      [4, "示例“媒体曝光”的结果不符：主管主任 的罚款合计应为 80，实际为 90"],
    ]);
  });

  it("turns an example into the record a calculator user would write", () => {
    expect(exampleRecord(repeatExample)).toEqual({
      year: 2024,
      person: { name: "张三" },
      events: [
        { date: "2024-03-01", clause: "处罚1.2" },
        { date: "2024-03-31", clause: "处罚1.2" },
      ],
    });
  });

  it("finds every example of the shipped policy file to hold", () => {
    const text = readFileSync(new URL("../../policy/文明优质服务管理办法.policy", import.meta.url), "utf8");
    const checked = checkText(text, { examples: false });
    expect(checked.policy?.examples.length ?? 0).toBeGreaterThanOrEqual(15);
    expect(checked.policy ? runExamples(checked.policy) : ["no policy"]).toEqual([]);
  });
});
