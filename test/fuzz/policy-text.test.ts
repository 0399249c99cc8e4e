import fc from "fast-check";
import { describe, it } from "vitest";
import { checkerObeysLaw, policyText } from "./policy-text";

describe("the checker on random and mutated text (a short run; `npm run fuzz` runs long)", () => {
  it("never throws and locates every problem inside the text", () => {
    fc.assert(fc.property(policyText, checkerObeysLaw), { numRuns: 200 });
  });
});
