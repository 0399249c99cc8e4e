import fc from "fast-check";
import { describe, it } from "vitest";
import { recordJson, recordObeysLaw } from "./records";

describe("record validation and the engine on random JSON (a short run; `npm run fuzz` runs long)", () => {
  it("names a JSON path for every rejection, and gives every accepted record a lawful result", () => {
    fc.assert(fc.property(recordJson, recordObeysLaw), { numRuns: 300 });
  });
});
