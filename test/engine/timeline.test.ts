/**
 * The timeline sorts its items by day numbers, which count from 1970-01-01: the days of earlier
 * years are negative, and must order and double exactly as any others.
 */
import { describe, expect, it } from "vitest";
import { simulate, validateRecord, type IndividualResult } from "../../src/engine/index";
import { loadTestPolicy } from "./policy-fixture";

const policy = loadTestPolicy();

/** Out of date order, with a repeat and a fine paid late into the next year. */
function recordOf(year: number): unknown {
  return {
    year,
    person: { name: "张三" },
    events: [
      { date: `${year}-12-30`, clause: "处罚9", finePaidOn: `${year + 1}-01-31` },
      { date: `${year}-03-06`, clause: "处罚1.2" },
      { date: `${year}-01-05`, clause: "奖励1" },
      { date: `${year}-03-01`, clause: "处罚1.2" },
    ],
  };
}

function resultOf(year: number): IndividualResult {
  const validation = validateRecord(policy, recordOf(year));
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  return simulate(policy, validation.record) as IndividualResult;
}

describe("the timeline", () => {
  it("orders a year before 1970 as any other: its result is the same record's in 2010, but for the dates", () => {
    const before1970 = resultOf(1969);
    const later = JSON.stringify(resultOf(2010)).replaceAll("2010-", "1969-").replaceAll("2011-", "1970-");
    expect(JSON.stringify(before1970)).toBe(later);
    expect(before1970.entries.map((e) => [e.date, e.clause, e.doubled])).toEqual([
      ["1969-01-05", "奖励1", false],
      ["1969-03-01", "处罚1.2", false],
      ["1969-03-06", "处罚1.2", true],
      ["1969-12-30", "处罚9", false],
      [expect.stringMatching(/^1970-/), expect.any(String), false],
    ]);
  });
});
