/**
 * One record schema, two implementations of its zod functions (package.json "#zod"): Node runs
 * classic zod, whose object parser is compiled; the browser runs src/engine/zod-subset.ts, the few
 * functions the schema uses and nothing else (the calculator's weight; it never compiles, so the
 * site's CSP holds). Both must give every JSON value the same answer.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { policy, recordJson } from "../fuzz/records";

/** Values where zod's rules are easy to get subtly wrong: checks after a failed type, safe integers, keys. */
const edges: unknown[] = [
  { year: 2024.5, person: { name: "" }, events: [] },
  { year: 2 ** 60, person: { name: [] }, events: [] },
  { year: -(2 ** 60), person: { name: 5 }, events: {} },
  { year: "2024", department: { manager: "", members: "" }, events: [] },
  { year: 2024, department: { manager: "甲", members: [] }, events: [{ date: "2024-01-01" }] },
  { year: 2024, department: { manager: "甲", members: [""] }, events: [null, [], { clause: 1, count: "2", extra: 1 }] },
  JSON.parse('{"year":2024,"person":{"name":"甲","__proto__":1},"__proto__":[],"events":[]}'),
  { year: 2024, person: { name: "甲" }, department: { manager: "乙", members: ["丙"] }, events: [] },
  { year: 2024, events: [] },
  { person: { name: "😀" }, events: [{ date: "2024-01-01", clause: "x", points: Number.NaN, fine: Infinity }] },
  null,
  [],
  "记录",
];

describe("the record schema under zod-subset, as the browser runs it", () => {
  it("validates every JSON value exactly as under classic zod", async () => {
    const classic = await import("../../src/engine/record");
    vi.resetModules();
    vi.doMock("#zod", () => import("../../src/engine/zod-subset"));
    const subset = await import("../../src/engine/record");
    vi.doUnmock("#zod");
    expect("optional" in classic.RecordEvent).toBe(true);
    expect("optional" in subset.RecordEvent).toBe(false);
    for (const json of edges) expect(subset.validateRecord(policy, json)).toEqual(classic.validateRecord(policy, json));
    fc.assert(
      fc.property(recordJson, (json) => {
        expect(subset.validateRecord(policy, json)).toEqual(classic.validateRecord(policy, json));
      }),
      { numRuns: 3000 },
    );
  });
});
