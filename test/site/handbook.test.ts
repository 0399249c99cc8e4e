/**
 * The built handbook in a real browser: search, clause pages, the 速查表, 评级规则, accessibility
 * of every kind of page, and screenshots at phone and desktop widths.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { SCREENSHOTS, at, axeViolations } from "./browser";
import { useSite } from "./use-site";

const site = useSite();

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill("#site-search", query);
  await page.waitForFunction((q) => document.querySelector("#site-search-panel .search-status")?.textContent?.includes(`“${q}”`), query);
  return page.$$eval("#site-search-panel .search-results .clause-id", (els) => els.map((e) => e.textContent ?? ""));
}

describe("search", () => {
  const cases: [string, string][] = [
    ["迟到", "处罚1.2"],
    ["禁语", "处罚4"],
    ["投诉", "处罚19.1"],
    ["媒体曝光", "处罚19.3"],
    ["离岗", "处罚13"],
  ];

  it("loads no script on a clause page until the search box is used, then finds each word's clause first", async () => {
    const page = await site.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await page.goto(at(site, "clause/处罚4/"));
    await page.waitForLoadState("networkidle");
    expect(scripts).toEqual([]);
    for (const [query, clause] of cases) {
      const ids = await search(page, query);
      expect(ids[0], `“${query}”的第一个结果`).toBe(clause);
    }
    expect(scripts.some((u) => u.includes("/pagefind/pagefind.js"))).toBe(true);
    // Pagefind searches on the page itself: its worker would be a second copy of its code.
    expect(scripts.filter((u) => u.includes("pagefind-worker"))).toEqual([]);
  });

  it("shows the first five results of a broad query, fetching the details of those only, and more on request", async () => {
    const page = await site.newPage();
    const fragments: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith(".pf_fragment")) fragments.push(r.url());
    });
    await page.goto(at(site, "clause/处罚4/"));
    await search(page, "罚款");
    const status = await page.textContent("#site-search-panel .search-status");
    const total = Number(/找到 (\d+) 个条款/.exec(status ?? "")?.[1]);
    expect(total).toBeGreaterThan(15);
    const results = page.locator("#site-search-panel .search-results li");
    expect(await results.count()).toBe(5);
    expect(fragments).toHaveLength(5);

    const more = page.getByRole("button", { name: /^显示更多结果/ });
    expect(await more.textContent()).toBe(`显示更多结果（还有 ${total - 5} 条）`);
    await more.click();
    await expect.poll(() => results.count()).toBe(15);
    expect(fragments).toHaveLength(15);
    // The reader goes on from the first result added.
    expect(await page.evaluate(() => [...document.querySelectorAll("#site-search-panel .search-results li")].indexOf(document.activeElement!.closest("li")!))).toBe(5);
    // A second press while the next results load adds them once.
    await more.dblclick();
    await expect.poll(() => results.count()).toBe(Math.min(25, total));
    while (await more.isVisible()) {
      const before = await results.count();
      await more.click();
      await expect.poll(() => results.count()).toBeGreaterThan(before);
    }
    expect(await results.count()).toBe(total);
    expect(new Set(await page.locator("#site-search-panel .search-results a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).size).toBe(total);
  });

  it("searches the clause pages, and the guides, examples and other pages when asked, with their excerpts", async () => {
    const page = await site.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(at(site, "guide/"));
    await page.fill("#site-search", "诫勉");
    await page.waitForFunction(() => document.querySelector("#site-search-panel .search-status")?.textContent?.includes("诫勉"));
    const clauses = await page.locator("#site-search-panel .search-results li").count();
    expect(requests.filter((u) => u.includes("/pagefind-more/"))).toEqual([]);

    await page.getByRole("button", { name: "在使用说明、示例等其他页面中搜索" }).click();
    await page.waitForFunction(() => document.querySelector("#site-search-panel .search-status")?.textContent?.includes("条结果"));
    const found = Number(/找到 (\d+) 条结果/.exec((await page.textContent("#site-search-panel .search-status")) ?? "")?.[1]);
    expect(found).toBeGreaterThan(clauses);
    expect(await page.locator("#site-search-panel .result-excerpt mark").count()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: "在使用说明、示例等其他页面中搜索" }).isVisible()).toBe(false);
    // The other pages' index shares the WebAssembly already loaded.
    expect(requests.filter((u) => u.includes("/pagefind-more/")).length).toBeGreaterThan(0);
    expect(requests.filter((u) => u.includes("wasm"))).toHaveLength(1);
  });

  it("finds a clause by its id and narrows the results by category", async () => {
    const page = await site.newPage();
    await page.goto(at(site, "table/"));
    expect((await search(page, "处罚1.2"))[0]).toBe("处罚1.2");
    const all = await search(page, "罚款");
    await page.getByRole("button", { name: "奖励", exact: true }).click();
    await page.waitForFunction(() => !document.querySelector("#site-search-panel .search-results")?.textContent?.includes("处罚"));
    const awards = await page.$$eval("#site-search-panel .search-results .clause-id", (els) => els.map((e) => e.textContent ?? ""));
    expect(all.length).toBeGreaterThan(0);
    for (const id of awards) expect(id).toMatch(/^奖励/);
  });

  it("can be used with the keyboard alone: Tab to the box, type, arrow down, Enter opens the clause", async () => {
    const page = await site.newPage();
    await page.goto(at(site, "grading/"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("跳到正文");
    await page.focus("#site-search");
    await page.keyboard.type("媒体曝光");
    await page.waitForSelector("#site-search-panel .search-results li a");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.closest(".search-results") !== null)).toBe(true);
    await Promise.all([page.waitForURL(/clause\//), page.keyboard.press("Enter")]);
    expect(await page.textContent("h1")).toContain("处罚19.3");
  });

  it("runs the query of the search page's address", async () => {
    const page = await site.newPage();
    await page.goto(at(site, "search/?q=媒体曝光"));
    await page.waitForSelector("#page-search-panel .search-results li");
    expect(await page.textContent("#page-search-panel .search-results li .clause-id")).toBe("处罚19.3");
  });
});

describe("clause pages", () => {
  it("show fixed amounts, ranges and 酌情处理 prominently", async () => {
    const page = await site.newPage();
    const expectations: [string, string, string][] = [
      ["clause/处罚1-2/", "−1 分", "罚款 100 元"],
      ["clause/处罚19-2/", "−3~8 分", "罚款 300~800 元"],
      ["clause/处罚16/", "酌情处理", "酌情处理"],
      ["clause/奖励6/", "+1~3 分", "奖励 50~300 元"],
    ];
    for (const [path, points, money] of expectations) {
      await page.goto(at(site, path));
      expect(await page.textContent("[data-amount=points]")).toBe(points);
      expect(await page.textContent("[data-amount=money]")).toBe(money);
    }
  });

  it("say whether the clause counts as a complaint and link the rules, examples and neighbours", async () => {
    const page = await site.newPage();
    await page.goto(at(site, "clause/处罚19-1/"));
    await expect(page.locator("text=计入客户投诉").first().isVisible()).resolves.toBe(true);
    await expect(page.locator("a[rel=prev]").textContent()).resolves.toContain("处罚18");
    await expect(page.locator("a[rel=next]").textContent()).resolves.toContain("处罚19.2");
    const rules = await page.locator("section:has(h2:text('适用的规则')) li").allTextContents();
    expect(rules.join("\n")).toMatch(/重犯加倍.*30 天内/);
    expect(rules.join("\n")).toMatch(/罚款逾期.*处罚22/);
    await page.goto(at(site, "clause/处罚22/"));
    expect(await page.locator("section:has(h2:text('适用的规则'))").textContent()).toContain("本条不按重犯加倍");
  });
});

describe("the 速查表", () => {
  it("lists every clause, filters by category and sorts by points", async () => {
    const page = await site.newPage();
    await page.goto(at(site, "table/"));
    const rows = page.locator("#clause-table tbody tr");
    const total = await rows.count();
    expect(total).toBeGreaterThan(30);
    await page.selectOption("select[name=category]", { label: "奖励" });
    const visible = page.locator("#clause-table tbody tr:not([hidden])");
    const awards = await visible.locator(".clause-id").allTextContents();
    expect(awards.length).toBeGreaterThan(0);
    for (const id of awards) expect(id).toMatch(/^奖励/);
    await page.selectOption("select[name=category]", "");
    await page.getByRole("button", { name: "积分" }).click();
    await page.getByRole("button", { name: "积分" }).click();
    expect(await page.getAttribute("th[data-sort=points]", "aria-sort")).toBe("descending");
    expect(await visible.first().locator(".clause-id").textContent()).toBe("处罚19.3");
  });
});

describe("评级规则", () => {
  it("draws the cap of every score and complaint count, D for fewer than 6 points and more than 3 complaints", async () => {
    const page = await site.newPage();
    await page.goto(at(site, "grading/"));
    expect(await page.locator("svg.grade-grid rect.cell").count()).toBeGreaterThan(40);
    const cell = async (complaints: string, score: string) => {
      const headers = await page.locator("details table thead th").allTextContents();
      const column = headers.indexOf(score);
      return page.locator(`details table tbody tr:has(th:text-is("${complaints} 次")) td`).nth(column - 1).textContent();
    };
    expect(await cell("4", "5")).toBe("D");
    expect(await cell("4", "6")).toBe("C");
    expect(await cell("1", "10")).toBe("B");
    expect(await cell("1", "11")).toBe("—");
    expect(await cell("0", "5")).toBe("—");
  });
});

describe("every kind of handbook page", () => {
  const pages = ["", "clause/处罚19-3/", "table/", "grading/", "policy/", "examples/", "guide/", "guide/staff/", "guide/faq/", "search/?q=迟到", "no-such-page/"];

  it("has lang zh-CN, the policy's version and effective date, and no WCAG 2.1 AA violation in light and dark mode", async () => {
    for (const dark of [false, true]) {
      const page = await site.newPage({ dark });
      for (const path of pages) {
        await page.goto(at(site, path));
        if (path.startsWith("search/")) await page.waitForSelector(".search-results li");
        expect(await page.getAttribute("html", "lang"), path).toBe("zh-CN");
        expect(await page.textContent("footer"), path).toMatch(/版本 \S+ · \d{4}-\d{2}-\d{2} 起施行/);
        expect(await axeViolations(page), `${path}${dark ? "（深色）" : ""}`).toEqual([]);
      }
    }
  });

  it("is screenshotted at 360 and 1280 pixels", async () => {
    const shots: [string, string][] = [["home", ""], ["clause", "clause/处罚19-2/"], ["grading", "grading/"], ["table", "table/"]];
    for (const width of [360, 1280]) {
      const page = await site.newPage({ width });
      for (const [name, path] of shots) {
        await page.goto(at(site, path));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} 在 ${width}px 下横向溢出`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
      }
    }
  });

  it("made no request to another origin and had no script error", () => {
    const origin = new URL(site.url).origin;
    expect(site.requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"))).toEqual([]);
    expect(site.errors).toEqual([]);
  });
});
