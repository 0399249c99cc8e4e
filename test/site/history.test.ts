/**
 * Versions on the site: the 修订记录 page, each clause's 修订沿革 and highlighted source, and the
 * calculator judging each event by the version in force on its date.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { checkText } from "../../src/check/index";
import type { Policy } from "../../src/check/schema";
import { at, axeViolations } from "./browser";
import { useSite } from "./use-site";

function load(file: string): Policy {
  return checkText(readFileSync(file, "utf8"), { file, examples: false }).policy!;
}
const v2006 = load("policy/文明优质服务管理办法.policy");
const v2024 = load("policy/文明优质服务管理办法（2024年修订）.policy");

const site = useSite();
let page: Page;
beforeAll(async () => {
  page = await site.newPage({ width: 390 });
});

describe("the 修订记录 page", () => {
  it("lists every version newest first, the current one marked, with what each changed and links to the clauses", async () => {
    await page.goto(at(site, "history/"));
    const versions = page.locator("ol.versions > li");
    expect(await versions.locator("h2").allTextContents()).toEqual([`${v2024.version}现行`, `${v2006.version}已被取代`]);
    const changes = await versions.first().locator("ul li").allTextContents();
    expect(changes).toContain("修改 处罚12 柜台脏乱差、着装不合规定：罚款 100 元 → 50 元；原文有改动");
    expect(changes.some((c) => c.startsWith("新增 处罚23"))).toBe(true);
    await versions.first().locator("a", { hasText: "新增 处罚23" }).click();
    await page.waitForURL(/\/clause\//);
    expect(await page.locator("h1").textContent()).toContain("处罚23");
    await page.goto(at(site, "history/"));
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("a clause page", () => {
  it("shows how the clause was amended, and its lines of the policy file highlighted", async () => {
    await page.goto(at(site, "clause/处罚12/"));
    expect(await page.locator(".clause-revisions li").allTextContents()).toEqual([`${v2024.version}（${v2024.effective} 起施行）：罚款 100 元 → 50 元；原文有改动`]);
    await page.locator("details.source summary").click();
    const source = page.locator("pre.policy-source");
    const text = await source.innerText();
    expect(text).toMatch(/条款 处罚12 「柜台脏乱差、着装不合规定」/);
    expect(text).toMatch(/罚款 50 元/);
    expect(await source.locator(".tok-keyword").first().textContent()).toBe("条款");
    expect(await source.locator(".tok-number", { hasText: "50" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("has no 修订沿革 for a clause no version changed", async () => {
    await page.goto(at(site, "clause/处罚1-1/"));
    expect(await page.locator("h1").textContent()).toContain("处罚1.1");
    expect(await page.locator(".clause-revisions").count()).toBe(0);
  });
});

describe("the calculator", () => {
  it("judges each event by the version in force on its date, and says which", async () => {
    const record = { year: 2024, person: { name: "张三" }, events: [{ date: "2024-06-20", clause: "处罚12" }, { date: "2024-08-30", clause: "处罚12" }] };
    await page.goto(at(site, "calculator/"));
    await page.waitForSelector(".calculator[data-ready]");
    await page.setInputFiles("input[name=import]", { name: "跨版本.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(record)) });
    const results = page.locator(".person-results");
    await expect.poll(() => results.locator("[data-result=fines]").first().textContent()).toBe("150 元");
    const rows = await results.locator("table.entries tbody tr").allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("依2006版");
    expect(rows[1]).toContain("依2024年修订版");
  });
});
