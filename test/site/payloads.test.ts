/**
 * Text that looks like HTML or script is shown as text everywhere. The handbook is built from
 * test/fixtures/payloads/, whose titles, 原文, 解释, paragraphs, role, category and tag titles,
 * aliases and example titles carry payloads; the calculator imports records whose names carry
 * them. Pages are opened with the CSP bypassed, so that an injected handler would really run: the
 * rendering must be safe on its own, the CSP is a second wall (test/site/csp.test.ts).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { checkText } from "../../src/check/index";
import { clauseSlug } from "../../src/site/urls";
import { at, openSite, type Site } from "./browser";

const FIXTURE = "test/fixtures/payloads";
const POLICY_FILE = `${FIXTURE}/payloads.policy`;
const policy = checkText(readFileSync(POLICY_FILE, "utf8"), { file: POLICY_FILE }).policy!;
const clause = (id: string) => policy.clauses.find((c) => c.id === id)!;
const run = promisify(execFile);
const VITEST_ENV = new Set(["NODE_ENV", "TEST", "DEV", "PROD", "MODE", "SSR", "BASE_URL"]);

let site: Site;
let out: string;
/** Messages of every alert, confirm or prompt any page opened. */
const dialogs: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "wenyou-payloads-"));
  // As `npm run build` would: without the variables vitest sets (NODE_ENV=test, DEV=1, MODE…),
  // which would make Vite build the pages in development mode.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_ENV.has(k) && !/^(VITEST|TINYPOOL)/.test(k)));
  env.POLICY_DIR = FIXTURE;
  await run("node_modules/.bin/astro", ["build", "--outDir", out], { env, maxBuffer: 1 << 26 });
  await run(process.execPath, ["scripts/search-index.mjs", out], { maxBuffer: 1 << 26 });
  site = await openSite({ root: out });
}, 300_000);
afterAll(async () => {
  await site?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await site.newPage({ bypassCSP: true });
  page.on("dialog", (d) => {
    dialogs.push(`${page.url()}：${d.message()}`);
    void d.dismiss();
  });
  await page.goto(at(site, path));
  await page.waitForLoadState("networkidle");
  return page;
}

/** Elements, attributes and URLs that only an injected payload would create. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll("*")) {
      const handlers = [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name);
      if (handlers.length > 0) found.push(`<${el.localName} ${handlers.join(" ")}>`);
    }
    for (const el of document.querySelectorAll("img[src='x'], b, i")) found.push(el.outerHTML.slice(0, 80));
    // A script the browser would run; a data block (the calculator's policy JSON) holds the payloads as text.
    const runs = (s: HTMLScriptElement) => s.type === "" || s.type === "module" || /javascript|ecmascript/i.test(s.type);
    for (const s of document.scripts) if (runs(s) && s.textContent?.includes("alert(")) found.push(`<script>${s.textContent.slice(0, 60)}`);
    for (const a of document.querySelectorAll("a[href]")) if (/^\s*javascript:/i.test(a.getAttribute("href")!)) found.push(a.outerHTML.slice(0, 80));
    return found;
  });
}

/** Open a page, check that nothing was injected and that each text is shown, as it is, on the page. */
async function expectShownAsText(path: string, texts: string[]): Promise<Page> {
  const page = await open(path);
  expect(await injected(page), path).toEqual([]);
  const shown = await page.locator("body").innerText();
  for (const text of texts) expect(shown, `${path} 应显示“${text}”`).toContain(text);
  return page;
}

const award = clause("奖励1");
const complaint = clause("处罚2");
const late = clause("处罚1");
const paragraphs = policy.document.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
const headings = policy.document.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
const ruleOriginals = policy.document.flatMap((b) => (b.kind === "rule" ? b.original : []));

describe("the checks themselves", () => {
  it("find a payload injected through innerHTML, and the alert it opens without the CSP", async () => {
    const page = await open("grading/");
    await page.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("beforeend", '<img src=x onerror=alert("自检")>'));
    await expect.poll(() => dialogs.length).toBe(1);
    expect(await injected(page)).toContain("<img onerror>");
    dialogs.length = 0;
  });
});

describe("payloads in the policy", () => {
  it("are well formed: the fixture checks without errors and carries each kind of payload", () => {
    const all = JSON.stringify(policy);
    for (const p of ["<script>", "onerror=", "<svg onload=", "javascript:", "{{", "${", "</textarea>", "\u202e", "&lt;"]) expect(all).toContain(JSON.stringify(p).slice(1, -1));
  });

  it("show as text on the home page, a clause page and the 速查表", async () => {
    await expectShownAsText("", [policy.title]);
    const page = await expectShownAsText(`clause/${clauseSlug(award.id)}/`, [award.title, ...award.original, ...award.notes, award.aliases.join("、")]);
    expect(await page.locator(".tag").allTextContents()).toContain(policy.categories.find((c) => c.id === award.category)!.title);
    await expectShownAsText(`clause/${clauseSlug(complaint.id)}/`, [complaint.title, policy.tags[0]!.title]);
    await expectShownAsText(`clause/${clauseSlug(late.id)}/`, [late.title]);
    const table = await expectShownAsText("table/", policy.clauses.map((c) => c.title));
    const options = await table.locator("#table-filters option").allTextContents();
    for (const c of policy.categories) expect(options).toContain(c.title);
  });

  it("show as text in the full text, the 评级规则, the examples and the 修订说明", async () => {
    await expectShownAsText("policy/", [...headings, ...paragraphs, ...ruleOriginals, award.title]);
    const grading = await expectShownAsText("grading/", policy.grading.rules.map((r) => r.text));
    expect(await grading.locator("svg.grade-grid desc").textContent()).toContain(policy.tags[0]!.title);
    await expectShownAsText("examples/", policy.examples.map((e) => e.title));
    await expectShownAsText("revisions/", []);
  });

  it("show as text in search results, titles and Pagefind's excerpts alike", async () => {
    const page = await open("");
    await page.fill("#home-search", "月度");
    await page.waitForSelector("#home-search-panel .search-results li");
    expect(await page.locator("#home-search-panel .result-title").allTextContents()).toContain(award.title);
    // Words right after the complaint tag's title on the 评级规则 page and in the managers' guide:
    // the excerpts of these pages (Pagefind's HTML with <mark>) hold the title's payload.
    await page.fill("#home-search", "一起决定");
    await page.getByRole("button", { name: "在使用说明、示例等其他页面中搜索" }).click();
    await page.waitForSelector("#home-search-panel .result-excerpt");
    // Results fill in one by one: wait for the excerpt rather than read the first ones shown.
    const excerpts = async () => (await page.locator("#home-search-panel .result-excerpt").allTextContents()).join("\n");
    await expect.poll(excerpts).toContain('<svg onload=alert("标签")>');
    expect(await page.locator("#home-search-panel .result-excerpt mark").count()).toBeGreaterThan(0);
    expect(await injected(page)).toEqual([]);
  });
});

const NAMES = {
  person: '<img src=x onerror=alert("姓名")>',
  manager: '"><svg onload=alert("负责人")>',
  members: ['</textarea><script>alert("成员")</script>', "{{constructor.constructor('alert(1)')()}}${alert(1)}", "张\u202egnp.exe", '=HYPERLINK("http://x.invalid","点我")'],
};
const FILE_NAME = '<img src=x onerror=alert("文件")>.json';
const json = (value: unknown) => ({ name: FILE_NAME, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(value)) });

describe("payloads in a calculator record", () => {
  it("show as text when a department record is imported, in the inputs, the results and the 通知单", async () => {
    const page = await open("calculator/");
    await page.waitForSelector(".calculator[data-ready]");
    // The page's policy JSON carries the payloads whole, as data: it parses, and ends where it should.
    const data = await page.evaluate(() => document.getElementById("calculator-policy")?.textContent ?? "");
    expect(JSON.stringify(JSON.parse(data))).toContain(JSON.stringify(late.title).slice(1, -1));
    const record = {
      year: 2024,
      department: { manager: NAMES.manager, members: NAMES.members },
      events: NAMES.members.map((person, i) => ({ date: `2024-03-0${i + 1}`, clause: late.id, person })),
    };
    await page.setInputFiles("input[name=import]", json(record));
    await page.locator(".message.info", { hasText: FILE_NAME }).waitFor();
    expect(await page.inputValue("input[name=manager]")).toBe(NAMES.manager);
    const shown = await page.locator(".calculator").innerText();
    for (const name of NAMES.members) expect(shown).toContain(name);
    expect(shown).toContain(late.title);
    await page.locator(".person-results button", { hasText: "通知单" }).first().click();
    expect(await page.locator(".notice").innerText()).toContain(NAMES.members[0]);
    expect(await injected(page)).toEqual([]);
    await page.keyboard.press("Escape");
    // In the CSV a name that a spreadsheet would run as a formula is kept as text.
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 CSV" }).click()]);
    const lines = readFileSync(await csv.path(), "utf8").split("\r\n");
    const rows = lines.filter((l) => l.includes("HYPERLINK"));
    expect(rows.length, rows.join("\n")).toBeGreaterThan(0);
    for (const row of rows) expect(row).not.toMatch(/(^|,)"?[=+@]/);
    expect(rows.some((r) => r.startsWith(`"'=HYPERLINK(""http://x.invalid"",""点我"")",`)), rows.join("\n")).toBe(true);
  });

  it("show as text in the error of a bad import and of a shared link", async () => {
    const page = await open("calculator/");
    await page.waitForSelector(".calculator[data-ready]");
    const badClause = '<img src=x onerror=alert("条款")>';
    await page.setInputFiles("input[name=import]", json({ year: 2024, person: { name: NAMES.person }, events: [{ date: "2024-01-02", clause: badClause }] }));
    await page.locator(".message.error", { hasText: badClause }).waitFor();
    expect(await injected(page)).toEqual([]);

    const shared = { year: 2024, person: { name: NAMES.person }, events: [{ date: "2024-01-02", clause: award.id }] };
    const other = await open(`calculator/#r=${Buffer.from(JSON.stringify(shared)).toString("base64url")}`);
    await other.locator(".message.info", { hasText: "分享链接" }).waitFor();
    expect(await other.inputValue("input[name=name]")).toBe(NAMES.person);
    expect(await other.locator(".calculator").innerText()).toContain(award.title);
    expect(await injected(other)).toEqual([]);
  });

  it("never opened a dialog nor threw a script error", () => {
    expect(dialogs).toEqual([]);
    expect(site.errors).toEqual([]);
  });
});
