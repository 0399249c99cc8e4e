/**
 * Random JSON and mutated valid records, and the law every one must obey: validation either names
 * a JSON path for each problem, or accepts a record whose result satisfies the engine's laws.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { checkText } from "../../src/check/index";
import { Result, isDepartmentResult, simulate, validateRecord } from "../../src/engine";
import { departmentArb, individualArb } from "../engine/arbitrary-record";

export const policy = checkText(readFileSync("policy/文明优质服务管理办法.policy", "utf8"), { examples: false }).policy!;

const weird = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(null, -1, 0, 1.5, 1e308, -0, "", "2024-02-30", "处罚99", "<script>alert(1)</script>", "管理", [], {}),
);

/** Replace, delete or add one value somewhere inside a JSON value. */
function mutate(value: unknown, path: number[], replacement: unknown, op: number): unknown {
  if (value === null || typeof value !== "object") return replacement;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  if (entries.length === 0 || path.length === 0) {
    if (Array.isArray(value)) return [...value, replacement];
    return { ...value, [["extra", "count", "points", "date", "clause", "person"][op % 6]!]: replacement };
  }
  const [key, child] = entries[path[0]! % entries.length]!;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>;
  if (op % 5 === 0 && path.length === 1) delete copy[key];
  else copy[key] = mutate(child, path.slice(1), replacement, op);
  return Array.isArray(value) ? Object.values(copy) : copy;
}

const validRecord = fc.oneof(individualArb(policy, { maxEvents: 12 }), departmentArb(policy, { maxEvents: 12 }));

export const recordJson: fc.Arbitrary<unknown> = fc.oneof(
  validRecord,
  fc.jsonValue(),
  fc.record({ year: weird, person: weird, events: fc.array(weird, { maxLength: 5 }) }),
  fc
    .tuple(validRecord, fc.array(fc.nat(), { maxLength: 4 }), weird, fc.nat())
    .map(([record, path, replacement, op]) => mutate(record, path, replacement, op)),
);

// Law: a rejection names a path for every problem; an accepted record simulates to a valid result
// whose final score is base − deducted + awarded, for every person.
export function recordObeysLaw(json: unknown): void {
  const validation = validateRecord(policy, json);
  if (!validation.ok) {
    assert.ok(validation.problems.length > 0);
    for (const p of validation.problems) {
      assert.ok(Array.isArray(p.path), "a problem without a path");
      assert.ok(p.message.length > 0 && /^R\d{4}$/.test(p.code));
    }
    return;
  }
  const result = Result.parse(simulate(policy, validation.record));
  for (const person of isDepartmentResult(result) ? result.people : [result]) {
    assert.ok(Math.abs(person.finalScore - (policy.basePoints - person.pointsDeducted + person.pointsAwarded)) < 1e-9, "score law");
  }
}
