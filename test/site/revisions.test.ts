import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The build runs before the tests (npm test = build, then vitest).
const html = () => readFileSync("dist/revisions/index.html", "utf8");

describe("the 修订说明 page", () => {
  it("lists the policy's known findings instead of silencing them", () => {
    const page = html();
    expect(page).toContain('lang="zh-CN"');
    expect(page).toContain("W0201");
    expect(page).toContain("评级2");
    expect(page).toContain("W0203");
    expect(page).toContain("《民法典》第1259条");
  });

  it("names the clauses no example exercises", () => {
    expect(html()).toContain("示例没有覆盖的内容");
  });
});
