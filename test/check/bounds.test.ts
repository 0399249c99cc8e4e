import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holds, inclusiveOnIntegers, within } from "../../src/check/bounds";
import type { Bound } from "../../src/check/schema";

const bound = fc.record({
  op: fc.constantFrom(">=", "<=", ">", "<"),
  value: fc.integer({ min: -5, max: 5 }),
  written: fc.constant("symbol"),
}) as fc.Arbitrary<Bound>;
// Whole and half numbers around the bounds' range decide every question about them.
const samples = Array.from({ length: 41 }, (_, i) => -10 + i / 2);

describe("bounds as sets of numbers", () => {
  // Law: within(a, b) exactly when every number a admits, b admits.
  it("says a bound lies within another exactly when every number it admits, the other admits", () => {
    fc.assert(
      fc.property(bound, bound, (a, b) => {
        const subset = samples.every((x) => !holds(a, x) || holds(b, x));
        expect(within(a, b)).toBe(subset);
      }),
    );
  });

  // Law: on whole numbers, a bound and its inclusive form admit the same numbers.
  it("rewrites a strict bound as an inclusive one that admits the same whole numbers", () => {
    fc.assert(
      fc.property(bound, fc.integer({ min: -10, max: 10 }), (b, n) => {
        expect(holds(inclusiveOnIntegers(b), n)).toBe(holds(b, n));
      }),
    );
  });
});
