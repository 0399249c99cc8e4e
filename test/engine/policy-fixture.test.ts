import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/check";
import type { Policy } from "../../src/check/schema";
import { loadTestPolicy } from "./policy-fixture";

/** The parts of a policy the engine computes with: no text, titles or positions. */
function computable(policy: Policy) {
  const strip = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value, (key, v) => (["span", "title", "text", "original", "notes", "aliases", "headings", "written"].includes(key) ? undefined : v)));
  const { basePoints, roles, categories, tags, defaultLiability, repeat, interventions, lateFine, grading, clauses } = policy;
  return strip({ basePoints, roles, categories, tags, defaultLiability, repeat, interventions, lateFine, grading, clauses: [...clauses].sort((a, b) => a.id.localeCompare(b.id)) });
}

describe("the test policy", () => {
  it("is a valid checked policy", () => {
    expect(() => loadTestPolicy()).not.toThrow();
  });

  it("encodes the same rules as the shipped policy file, so the engine tests speak for it", () => {
    const text = readFileSync(new URL("../../policy/文明优质服务管理办法.policy", import.meta.url), "utf8");
    const shipped = checkText(text, { examples: false }).policy;
    expect(shipped).not.toBeNull();
    if (shipped) expect(computable(shipped)).toEqual(computable(loadTestPolicy()));
  });
});
