import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/engine/record-messages";
import { validateRecord } from "../../src/engine/validate-record";
import { loadTestPolicy } from "./policy-fixture";

const policy = loadTestPolicy();
const person = (events: unknown[]) => ({ year: 2024, person: { name: "张三" }, events });

function problemsOf(json: unknown) {
  const validation = validateRecord(policy, json);
  return validation.ok ? [] : validation.problems.map((p) => `${p.code} ${formatPath(p.path)}: ${p.message}`);
}

describe("validateRecord", () => {
  it("accepts a well-formed record and returns it unchanged", () => {
    const json = person([{ date: "2024-03-01", clause: "处罚1.2" }, { date: "2024-04-01", clause: "处罚19.1", points: 3, fine: 300 }]);
    expect(validateRecord(policy, json)).toEqual({ ok: true, record: json });
  });

  it("names the clause, the field and the allowed range for a value outside a range", () => {
    expect(problemsOf(person([{ date: "2024-03-01", clause: "处罚8", points: 5, fine: 200 }]))).toEqual([
      "R0403 events[0].points: 处罚8 的 points 应为 2~3 之间的整数，实际为 5",
    ]);
  });

  it("suggests the nearest clause id for a misspelt one", () => {
    expect(problemsOf(person([{ date: "2024-03-01", clause: "处罚19.4", points: 5, fine: 500 }]))).toEqual([
      "R0201 events[0].clause: 未知条款“处罚19.4”；是否想写“处罚19.1”？",
    ]);
  });

  it("reports every problem of the record at once, head first and then event by event", () => {
    const problems = problemsOf({ year: 2024, person: { name: "张三" }, extra: 1, events: [{ date: "2024-02-30", clause: "处罚4", count: 0 }] });
    expect(problems.map((p) => p.split(" ")[0])).toEqual(["R0103", "R0301", "R0401"]);
  });

  it("rejects a value given to a fixed clause that differs from the clause's own", () => {
    expect(problemsOf(person([{ date: "2024-03-01", clause: "处罚4", fine: 50 }]))).toEqual([
      "R0406 events[0].fine: 处罚4 的 fine 固定为 100，不需填写，实际为 50",
    ]);
  });

  it("accepts a fixed clause given exactly its own values", () => {
    expect(problemsOf(person([{ date: "2024-03-01", clause: "处罚4", points: 1, fine: 100 }]))).toEqual([]);
  });

  it("requires each event of a department record to name a member or the manager", () => {
    const json = { year: 2024, department: { manager: "李科长", members: ["张三"] }, events: [{ date: "2024-01-02", person: "王五", clause: "处罚4" }] };
    expect(problemsOf(json)).toEqual(["R0202 events[0].person: 未知人员“王五”；本记录的人员是 李科长、张三"]);
  });

  it("reports a record that is not a JSON object without looking further", () => {
    expect(problemsOf([])).toEqual(["R0101 (记录): 记录应为 JSON 对象，实际为数组"]);
  });
});
