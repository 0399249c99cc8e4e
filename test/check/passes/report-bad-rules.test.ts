import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRealDate } from "../../../src/check/passes/report-bad-rules";

/** The reading isRealDate keeps: the date Date.UTC makes of the numbers is the same date. */
function byDateUtc(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

describe("isRealDate", () => {
  it("accepts days that exist, leap days in leap years only", () => {
    expect(["2024-02-29", "2000-02-29", "2023-12-31", "0100-01-01"].map(isRealDate)).toEqual([true, true, true, true]);
    expect(["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "0050-01-01", "2024-1-01"].map(isRealDate)).toEqual(
      Array(8).fill(false),
    );
  });

  it("agrees with the date Date.UTC makes of the numbers, for any year, month and day written with digits", () => {
    const part = (n: number, width: number) => String(n).padStart(width, "0");
    const date = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
    fc.assert(
      fc.property(date, ([y, m, d]) => {
        const value = `${part(y, 4)}-${part(m, 2)}-${part(d, 2)}`;
        expect(isRealDate(value)).toBe(byDateUtc(value));
      }),
      { numRuns: 5000 },
    );
  });
});
