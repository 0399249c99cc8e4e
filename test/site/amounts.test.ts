/** Amounts in the handbook's words: the policy's own figures as written, computed points to one decimal. */
import { describe, expect, it } from "vitest";
import type { Amount } from "../../src/check/schema";
import { magnitude, moneyText, pointsText, signed } from "../../src/site/amounts";

const fixed = (value: number): Amount => ({ kind: "fixed", value });

describe("amounts in words", () => {
  it("writes a fine or points the policy sets exactly as written, never rounded", () => {
    expect(moneyText(fixed(0.25), "deduct")).toBe("罚款 0.25 元");
    expect(moneyText(fixed(450), "award")).toBe("奖励 450 元");
    expect(pointsText(fixed(0.25), "deduct")).toBe("−0.25 分");
    expect(pointsText({ kind: "range", min: 2, max: 3 }, "deduct")).toBe("−2~3 分");
    expect(pointsText({ kind: "discretion" }, "deduct")).toBe("酌情处理");
  });

  it("has no magnitude for an amount the clause does not set", () => {
    expect(magnitude({ kind: "none" })).toBeNull();
    expect(moneyText({ kind: "none" }, "deduct")).toBeNull();
    expect(magnitude({ kind: "range", min: 1, max: 2 })).toBe("1~2");
  });

  it("shows computed points with one decimal at most, signed", () => {
    expect(signed(-0.25)).toBe("−0.3");
    expect(signed(1)).toBe("+1");
    expect(signed(0)).toBe("0");
  });
});
