/**
 * runExamples: each 示例 of the policy becomes a record, is validated and simulated by the engine,
 * and every given expectation is compared with the result. A failed expectation is a located error
 * (E0601) at the expectation; an example whose record the engine rejects is one at the event (E0602).
 */
import type { Example, Expectation, Policy } from "./schema";
import { formatPath, isDepartmentResult, simulate, validateRecord, type PersonResult, type Result } from "../engine";
import { problem, type Problem } from "../diagnostics/problem";

export function runExamples(policy: Policy): Problem[] {
  return policy.examples.flatMap((example) => runExample(policy, example));
}

/** The example as the JSON record a calculator user would write. */
export function exampleRecord(example: Example): unknown {
  const subject =
    example.subject.kind === "person"
      ? { person: { name: example.subject.name } }
      : { department: { manager: example.subject.manager, members: example.subject.members } };
  const events = example.events.map(({ span: _span, person, ...fields }) => {
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    return person === null ? defined : { ...defined, person };
  });
  return { year: example.year, ...subject, events };
}

/** One example: the problems of its record and of each expectation the result does not meet (none when it passes). */
export function runExample(policy: Policy, example: Example): Problem[] {
  const validation = validateRecord(policy, exampleRecord(example));
  if (!validation.ok) {
    return validation.problems.map((p) => {
      const event = p.path[0] === "events" && typeof p.path[1] === "number" ? example.events[p.path[1]] : undefined;
      return problem("E0602", event?.span ?? example.span, { example: example.id, detail: `${formatPath(p.path)}：${p.message}` });
    });
  }
  const result = simulate(policy, validation.record);
  return example.expect.flatMap((expectation) => compare(policy, example, expectation, result));
}

type Target = { kind: "person"; name: string; result: PersonResult } | { kind: "director"; name: string; fines: number; notes: string[] };

function findTarget(example: Example, who: string | null, result: Result): Target | string {
  if (!isDepartmentResult(result)) {
    const name = example.subject.kind === "person" ? example.subject.name : "";
    if (who === null || who === name) return { kind: "person", name, result };
    return `个人示例只有“${name}”，期望却写的是“${who}”`;
  }
  if (who === null) return "部门示例的期望须写明是哪个人员或角色";
  const person = result.people.find((p) => p.name === who);
  if (person) return { kind: "person", name: who, result: person };
  const director = result.directors.find((d) => d.role === who);
  if (director) return { kind: "director", name: who, fines: director.fines, notes: director.entries.map((e) => `明细：${e.date} ${e.why}`) };
  return `部门中没有名为“${who}”的人员或角色`;
}

const FIELDS = [
  ["finalScore", "最终积分"],
  ["pointsDeducted", "扣分合计"],
  ["pointsAwarded", "加分合计"],
  ["fines", "罚款合计"],
  ["rewards", "奖金合计"],
  ["violations", "违规次数"],
  ["complaints", "投诉次数"],
] as const;

function compare(policy: Policy, example: Example, expectation: Expectation, result: Result): Problem[] {
  const target = findTarget(example, expectation.who, result);
  const fail = (detail: string, notes: string[] = []) => problem("E0601", expectation.span, { example: example.id, detail }, notes);
  if (typeof target === "string") return [fail(target)];
  if (target.kind === "director") return compareDirector(expectation, target, fail);
  const actual = target.result;
  const notes = describe(policy, actual);
  const problems: Problem[] = [];
  for (const [field, fixedLabel] of FIELDS) {
    const label = field === "complaints" ? `${complaintLabel(policy)}次数` : fixedLabel;
    const expected = expectation[field];
    if (expected !== undefined && !sameNumber(expected, actual[field])) {
      problems.push(fail(`${target.name} 的${label}应为 ${expected}，实际为 ${actual[field]}`, notes));
    }
  }
  if (expectation.interventions !== undefined) {
    const expected = listInterventions(expectation.interventions);
    const got = listInterventions(actual.interventions);
    if (expected !== got) problems.push(fail(`${target.name} 的诫勉应为 ${expected}，实际为 ${got}`, notes));
  }
  if (expectation.gradeCap !== undefined && expectation.gradeCap !== actual.gradeCap) {
    const rule = actual.gradeCapRule ? `（${actual.gradeCapRule.id}：${actual.gradeCapRule.text}）` : "";
    problems.push(fail(`${target.name} 的评级上限应为 ${capText(expectation.gradeCap)}，实际为 ${capText(actual.gradeCap)}${rule}`, notes));
  }
  return problems;
}

function compareDirector(expectation: Expectation, target: Extract<Target, { kind: "director" }>, fail: (detail: string, notes?: string[]) => Problem): Problem[] {
  const problems: Problem[] = [];
  if (expectation.fines !== undefined && !sameNumber(expectation.fines, target.fines)) {
    problems.push(fail(`${target.name} 的罚款合计应为 ${expectation.fines}，实际为 ${target.fines}`, target.notes));
  }
  const moneyOnly = [...FIELDS.filter(([field]) => field !== "fines").map(([field]) => field), "interventions", "gradeCap"] as const;
  for (const field of moneyOnly) {
    if (expectation[field] !== undefined) problems.push(fail(`${target.name} 只计罚款，不能期望“${field}”`));
  }
  return problems;
}

/** How the policy names what the grade cap counts (the title of its complaint tag). */
function complaintLabel(policy: Policy): string {
  const { complaintTag } = policy.grading;
  return policy.tags.find((tag) => tag.id === complaintTag)?.title ?? complaintTag;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

function capText(cap: string | null): string {
  return cap === null ? "无上限" : cap;
}

function listInterventions(list: readonly { date: string; reason: string }[]): string {
  return list.length === 0 ? "无" : list.map((i) => `${i.date} ${i.reason}`).join("、");
}

/** Notes under a failed expectation: the actual figures, then the entries that make them. */
function describe(policy: Policy, actual: PersonResult): string[] {
  const summary =
    `实际结果：最终积分 ${actual.finalScore}，扣分 ${actual.pointsDeducted}，加分 ${actual.pointsAwarded}，` +
    `罚款 ${actual.fines} 元，奖金 ${actual.rewards} 元，违规 ${actual.violations} 次，${complaintLabel(policy)} ${actual.complaints} 次，` +
    `诫勉 ${listInterventions(actual.interventions)}，评级上限 ${capText(actual.gradeCap)}`;
  return [summary, ...actual.entries.map((entry) => `明细：${entry.date} ${entry.why}`)];
}
