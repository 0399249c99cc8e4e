/**
 * One record schema, two builds of zod (package.json "#zod" and "#zod-compile"): Node runs classic
 * zod with the schema compiled (z.compile); the browser runs zod/mini, which tree-shakes and never
 * compiles (the site's CSP forbids it). Both must give every JSON value the same answer.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { policy, recordJson } from "../fuzz/records";

describe("the record schema under zod/mini, as the browser runs it", () => {
  it("validates every JSON value exactly as under classic zod", async () => {
    const classic = await import("../../src/engine/validate-record");
    const classicSchema = await import("../../src/engine/record");
    vi.resetModules();
    vi.doMock("#zod", () => import("zod/mini"));
    vi.doMock("#zod-compile", () => import("../../src/check/zod-compile-browser"));
    const mini = await import("../../src/engine/validate-record");
    const miniSchema = await import("../../src/engine/record");
    vi.doUnmock("#zod");
    vi.doUnmock("#zod-compile");
    // zod/mini schemas have no chainable methods such as .optional().
    expect("optional" in classicSchema.RecordEvent).toBe(true);
    expect("optional" in miniSchema.RecordEvent).toBe(false);
    fc.assert(
      fc.property(recordJson, (json) => {
        expect(mini.validateRecord(policy, json)).toEqual(classic.validateRecord(policy, json));
      }),
      { numRuns: 1000 },
    );
  });
});
