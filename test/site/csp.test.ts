/**
 * The Content-Security-Policy: every page declares it in a <meta> and the server sends it as a
 * header; every kind of page, search and the calculator work under it without a single violation,
 * and what it forbids (inline scripts, style attributes, framing) is really refused.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { checkText } from "../../src/check/index";
import { clauseHref } from "../../src/site/urls";
import { at } from "./browser";
import { useSite } from "./use-site";

const POLICY_FILE = "policy/文明优质服务管理办法.policy";
const policy = checkText(readFileSync(POLICY_FILE, "utf8"), { file: POLICY_FILE }).policy!;
const member = policy.roles.find((r) => r.kind === "member")!.id;
/** A clause the calculator takes with no more than a date: fixed amounts, judging a member. */
const fixedClause = policy.clauses.find((c) => c.role === member && c.points.kind === "fixed" && ["fixed", "none"].includes(c.money.kind))!;

const site = useSite();

/** The directives of a policy text, by name. */
function directives(policyText: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policyText.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

async function visit(page: Page, path: string): Promise<{ header: string | undefined; meta: string | null }> {
  const response = await page.goto(at(site, path));
  await page.waitForLoadState("networkidle");
  const meta = await page.getAttribute('meta[http-equiv="content-security-policy"]', "content");
  return { header: response?.headers()["content-security-policy"], meta };
}

const PAGES = [
  "",
  clauseHref(fixedClause.id).replace(/^\//, ""),
  "table/",
  "grading/",
  "policy/",
  "examples/",
  "guide/",
  "guide/staff/",
  "revisions/",
  "history/",
  "no-such-page/",
];

describe("the Content-Security-Policy", () => {
  it("is declared by every kind of page and sent as a header, with only the site's own origin and Astro's hashed scripts", async () => {
    const page = await site.newPage();
    for (const path of [...PAGES, "calculator/", "editor/", "search/"]) {
      const { header, meta } = await visit(page, path);
      expect(meta, `${path} 的 <meta>`).toBeTruthy();
      expect(header, `${path} 的响应头`).toBeTruthy();
      const m = directives(meta!);
      const h = directives(header!);
      expect(m.get("default-src")).toEqual(["'self'"]);
      expect(m.get("object-src")).toEqual(["'none'"]);
      expect(m.get("base-uri")).toEqual(["'self'"]);
      expect(m.get("form-action")).toEqual(["'self'"]);
      const scripts = m.get("script-src")!;
      expect(scripts.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(scripts.length).toBeGreaterThan(2);
      expect(m.get("style-src")!.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
      // frame-ancestors is ignored in a <meta>; the header carries it and otherwise the same policy.
      expect(m.has("frame-ancestors")).toBe(false);
      expect(h.get("frame-ancestors")).toEqual(["'none'"]);
      h.delete("frame-ancestors");
      expect(h).toEqual(m);
    }
  });

  it("lets every kind of page, a search and the calculator run without a single violation or request elsewhere", async () => {
    const before = site.cspViolations.length;
    const page = await site.newPage();
    for (const path of PAGES) await visit(page, path);

    // The 速查表's script filters the table.
    await visit(page, "table/");
    const rows = await page.locator("#clause-table tbody tr:visible").count();
    await page.selectOption("#table-filters select[name=category]", policy.categories.at(-1)!.id);
    await expect.poll(() => page.locator("#clause-table tbody tr:visible").count()).toBeLessThan(rows);

    // Search loads Pagefind (WebAssembly) and shows results, from the header box and the search page.
    await visit(page, clauseHref(fixedClause.id).replace(/^\//, ""));
    await page.fill("#site-search", fixedClause.id);
    await page.waitForSelector("#site-search-panel .search-results li");
    await visit(page, `search/?q=${fixedClause.title}`);
    await page.waitForSelector("#page-search-panel .search-results li");

    // The calculator hydrates, validates (zod) and computes an event.
    await visit(page, "calculator/");
    await page.waitForSelector(".calculator[data-ready]");
    await page.fill("input[name=name]", "张三");
    await page.fill("#event-clause", fixedClause.id);
    await page.press("#event-clause", "Enter");
    await page.locator("form.event-form input[name=date]").fill(`${new Date().getFullYear()}-03-01`);
    await page.locator("form.event-form button[type=submit]").click();
    await page.locator("table.events tbody tr").first().waitFor();
    await page.locator(".person-results [data-result=finalScore]").first().waitFor();

    // The editor loads when used, and checks the policy in a worker (parser, checker, engine, zod)
    // as the text changes.
    await visit(page, "editor/");
    await page.click("#policy-text");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\n");
    await page.locator(".check-state [data-ms]").waitFor();
    await page.locator("#check-summary", { hasText: "个错误" }).waitFor();

    expect(site.cspViolations.slice(before)).toEqual([]);
    expect(site.errors).toEqual([]);
    const origin = new URL(site.url).origin;
    expect(site.requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"))).toEqual([]);
  });

  it("refuses a script or a style attribute injected into a page, but lets scripts style elements through the CSSOM", async () => {
    const page = await site.newPage();
    await visit(page, "grading/");
    const before = site.cspViolations.length;
    const result = await page.evaluate(async () => {
      const w = window as unknown as { injected?: boolean };
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.body.append(script);
      const attr = document.createElement("p");
      attr.setAttribute("style", "color: rgb(255, 0, 0)");
      const cssom = document.createElement("p");
      cssom.style.color = "rgb(0, 0, 255)";
      document.body.append(attr, cssom);
      await new Promise((r) => setTimeout(r, 100));
      return { ran: w.injected === true, attr: getComputedStyle(attr).color, cssom: getComputedStyle(cssom).color };
    });
    expect(result.ran).toBe(false);
    expect(result.attr).not.toBe("rgb(255, 0, 0)");
    expect(result.cssom).toBe("rgb(0, 0, 255)");
    const reported = site.cspViolations.slice(before).join("\n");
    expect(reported).toMatch(/script-src/);
    expect(reported).toMatch(/style-src/);
  });

  it("cannot be framed by another page", async () => {
    const page = await site.newPage();
    const before = site.cspViolations.length;
    await page.setContent(`<iframe src="${at(site, "grading/")}"></iframe>`);
    await expect.poll(() => site.cspViolations.slice(before).join("\n")).toMatch(/frame-ancestors/);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    expect(frame.url().startsWith(site.url)).toBe(false);
  });
});
