/**
 * The editor page in a real browser: the shipped policy's check as built, with no checker loaded until
 * the text is used; an error typed in and marked at its line, the preview kept (marked stale) and then
 * updated when the error is fixed; what is typed and pressed before the editor has loaded kept;
 * payloads shown as text, files opened and downloaded without a request, the page without
 * JavaScript, accessibility, and a phone-width screenshot.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { checkText } from "../../src/check/index";
import { SCREENSHOTS, at, axeViolations } from "./browser";
import { useSite } from "./use-site";

// The version the site publishes: the one in force on the build day (the 2024 amendment).
const POLICY_FILE = "policy/文明优质服务管理办法（2024年修订）.policy";
const SOURCE = readFileSync(POLICY_FILE, "utf8").replace(/\r\n?/g, "\n");
const CHECKED = checkText(SOURCE, { file: POLICY_FILE });
const POLICY = CHECKED.policy!;
const LINES = SOURCE.split("\n");

const site = useSite();

async function openEditor(page: Page): Promise<void> {
  await page.goto(at(site, "editor/"));
  await page.waitForSelector(".editor[data-ready]:not([data-pending])");
}

/** Wait until the check of the current text is shown and its summary reads `summary`. */
async function waitForSummary(page: Page, summary: string): Promise<void> {
  await page.waitForFunction(
    (s) => document.querySelector(".editor:not([data-pending])") !== null && document.getElementById("check-summary")?.textContent === s,
    summary,
  );
}

/** Select `length` characters of line `line` (1-based) from `column` (1-based) and type `text` over them. */
async function typeOver(page: Page, line: number, column: number, length: number, text: string): Promise<void> {
  await page.click("#policy-text");
  await page.evaluate(
    ([line, column, length]) => {
      const area = document.getElementById("policy-text") as HTMLTextAreaElement;
      const start = area.value.split("\n").slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
      area.setSelectionRange(start, start + length);
    },
    [line, column, length] as const,
  );
  await page.keyboard.type(text);
}

const count = (severity: string) => CHECKED.problems.filter((p) => p.severity === severity).length;
const infos = count("info");
const cleanSummary = (errors: number) => `${errors} 个错误，${count("warning")} 个警告${infos > 0 ? `，${infos} 条提示` : ""}`;

/** Hold the editor's script back until the returned function is called (the page has its built HTML only). */
async function holdEditor(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/mount\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Scripts the page requested (the site's own JavaScript files). */
function scriptsOf(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script" || r.url().endsWith(".js")) scripts.push(r.url());
  });
  return scripts;
}

describe("the editor page", () => {
  it("shows the shipped policy's check as built: no error, the checker's warnings at their lines, every clause and example in the preview", async () => {
    const page = await site.newPage();
    const scripts = scriptsOf(page);
    await openEditor(page);
    await page.waitForLoadState("networkidle");
    // Nothing but the small script that waits for the editor to be used.
    expect(scripts.filter((u) => /check-worker|mount|preact/.test(u))).toEqual([]);
    expect(await page.textContent(".check-state")).toBe("生成手册时已检查这段文本；修改后会在本机重新检查。");
    expect(await page.inputValue("#policy-text")).toBe(SOURCE);
    expect(await page.textContent("#check-summary")).toBe(cleanSummary(0));
    const shown = await page.$$eval(".problem-list .problem", (els) => els.map((e) => `${e.getAttribute("data-code")}@${e.getAttribute("data-line")}`));
    expect(shown).toEqual(CHECKED.problems.map((p) => `${p.code}@${p.span.start.line}`));
    for (const p of CHECKED.problems) {
      expect(await page.getAttribute(`.gutter [data-line="${p.span.start.line}"]`, "class"), `第 ${p.span.start.line} 行`).toBe(p.severity);
    }
    expect(await page.locator(".gutter .error").count()).toBe(0);
    expect(await page.locator(".gutter span").count()).toBe(LINES.length);

    expect(await page.locator(".preview-clauses tbody tr").count()).toBe(CHECKED.clauseCount);
    expect(await page.$$eval(".preview-clauses tbody tr", (rows) => rows.map((r) => r.getAttribute("data-clause")))).toEqual(POLICY.clauses.map((c) => c.id));
    expect(await page.locator(".outcome").count()).toBe(POLICY.examples.length);
    expect(await page.locator(".outcome.passed").count()).toBe(POLICY.examples.length);
    expect(await page.locator(".preview[data-stale]").count()).toBe(0);
  });

  it("loads the checker when the text is first used, and checks each change", async () => {
    const page = await site.newPage();
    const scripts = scriptsOf(page);
    await openEditor(page);
    const worker = page.waitForRequest(/check-worker/);
    await page.focus("#policy-text");
    await worker;
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\n# 一行注释\n");
    await waitForSummary(page, cleanSummary(0));
    expect(await page.inputValue("#policy-text")).toBe(`${SOURCE}\n# 一行注释\n`);
    console.info(`编辑器检查发布版办法用时 ${await page.getAttribute("[data-ms]", "data-ms")} 毫秒（浏览器 worker 内，首次）`);
    expect(scripts.filter((u) => /check-worker/.test(u))).toHaveLength(1);
  });

  it("keeps what is typed before the editor has loaded, and the caret where it was", async () => {
    const page = await site.newPage();
    const release = await holdEditor(page);
    await openEditor(page);
    const line = LINES.findIndex((l) => l.startsWith("条款 ")) + 1;
    await typeOver(page, line, 1, 0, "# 加载前写的\n");
    expect(await page.textContent(".check-state")).toBe("正在加载检查器…");
    expect(await page.locator(".editor[data-pending]").count()).toBe(1);
    const typed = [...LINES.slice(0, line - 1), "# 加载前写的", ...LINES.slice(line - 1)].join("\n");
    const caret = LINES.slice(0, line - 1).join("\n").length + 1 + "# 加载前写的\n".length;
    release();
    await waitForSummary(page, cleanSummary(0));
    expect(await page.inputValue("#policy-text")).toBe(typed);
    expect(await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return { id: area.id, start: area.selectionStart, end: area.selectionEnd };
    })).toEqual({ id: "policy-text", start: caret, end: caret });
    expect(await page.locator(".editor-toolbar button:text-is('恢复为手册所用的版本')").isEnabled()).toBe(true);
  });

  it("presses a button pressed before the editor had loaded once it has", async () => {
    const page = await site.newPage();
    const release = await holdEditor(page);
    await openEditor(page);
    const download = page.waitForEvent("download");
    await page.click("text=下载文本");
    release();
    expect(readFileSync((await (await download).path())!, "utf8")).toBe(SOURCE);
  });

  it("shows the published text, its problems and the preview without JavaScript", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" });
    try {
      const page = await context.newPage();
      await page.goto(at(site, "editor/"));
      expect(await page.inputValue("#policy-text")).toBe(SOURCE);
      expect(await page.locator(".problem-list .problem").count()).toBe(CHECKED.problems.length);
      expect(await page.locator(".preview-clauses tbody tr").count()).toBe(CHECKED.clauseCount);
      expect(await page.locator(".outcome.passed").count()).toBe(POLICY.examples.length);
    } finally {
      await context.close();
    }
  });

  it("marks a misspelt keyword at its line as it is typed, keeps the last good preview marked stale, and updates the preview once fixed", async () => {
    const page = await site.newPage();
    await openEditor(page);
    const line = LINES.findIndex((l) => /^ +扣分 /.test(l)) + 1;
    const column = LINES[line - 1]!.indexOf("扣分") + 1;
    await typeOver(page, line, column, 2, "扣份");
    await waitForSummary(page, "1 个错误，0 个警告");
    const problem = page.locator(".problem.error");
    expect(await problem.count()).toBe(1);
    expect(await problem.getAttribute("data-line")).toBe(String(line));
    expect(await problem.locator("pre").textContent()).toContain(`${POLICY_FILE}:${line}:${column}`);
    expect(await page.getAttribute(`.gutter [data-line="${line}"]`, "class")).toBe("error");
    expect(await page.locator(".gutter .error").count()).toBe(1);
    expect(await page.getAttribute("#policy-text", "aria-invalid")).toBe("true");
    expect(await page.locator(".preview[data-stale] .stale-note").textContent()).toContain("上次无错误的版本");
    expect(await page.locator(".preview-clauses tbody tr").count()).toBe(CHECKED.clauseCount);

    // The problem's button selects the misspelt word in the text.
    await page.click("#check-summary");
    await problem.locator("button.jump").click();
    const selection = await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return { id: area.id, text: area.value.slice(area.selectionStart, area.selectionEnd) };
    });
    expect(selection).toEqual({ id: "policy-text", text: "扣份" });

    // Fix it, and rename a clause: the preview is current again and shows the new title.
    await page.keyboard.type("扣分");
    const clause = POLICY.clauses[3]!;
    const titleLine = LINES.findIndex((l) => l.startsWith(`条款 ${clause.id} 「`)) + 1;
    const titleColumn = LINES[titleLine - 1]!.indexOf("「") + 2;
    await typeOver(page, titleLine, titleColumn, clause.title.length, "改过的标题");
    await waitForSummary(page, cleanSummary(0));
    expect(await page.locator(".preview[data-stale]").count()).toBe(0);
    expect(await page.locator(".gutter .error").count()).toBe(0);
    expect(await page.textContent(`.preview-clauses tr[data-clause="${clause.id}"] .row-title`)).toBe("改过的标题");
    expect(await page.getAttribute("#policy-text", "aria-invalid")).toBe("false");
  });

  it("shows an example whose expected figures no longer match as 不符, with the expected and the actual figures", async () => {
    const page = await site.newPage();
    await openEditor(page);
    const example = POLICY.examples[0]!;
    const expectLine = example.expect[0]!.span.start.line;
    const text = LINES[expectLine - 1]!;
    const number = /(积分|罚款|违规) (\d+)/.exec(text)!;
    const column = number.index + number[1]!.length + 2;
    const changed = String(Number(number[2]) + 7);
    await typeOver(page, expectLine, column, number[2]!.length, changed);
    await page.waitForSelector(`.outcome.failed[data-example="${example.id}"]`);
    const outcome = page.locator(`.outcome[data-example="${example.id}"]`);
    expect(await outcome.locator(".failures").textContent()).toMatch(new RegExp(`应为 ${changed}，实际为 ${number[2]}`));
    expect(await outcome.locator(".actual").textContent()).toMatch(/^实际结果：/);
    expect(await page.locator(".outcome.failed").count()).toBe(1);
    expect(await page.locator(".preview[data-stale]").count()).toBe(0);
    expect(await page.getAttribute(`.gutter [data-line="${expectLine}"]`, "class")).toBe("error");
  });

  it("shows HTML and script in clause titles, 原文, example titles and problem excerpts as text, and runs none of it", async () => {
    const page = await site.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openEditor(page);
    const img = "<img src=x onerror=alert(1)>";
    const script = "<script>alert(2)</script>";
    const clause = POLICY.clauses[0]!;
    const example = POLICY.examples[0]!;
    const payload = SOURCE
      .replace(`条款 ${clause.id} 「${clause.title}」`, `条款 ${clause.id} 「${img}」`)
      .replace(/^(\s+原文 「)/m, `$1${script}`)
      .replace(`示例 ${example.id} 「${example.title}」`, `示例 ${example.id} 「${script}${img}」`);
    expect(payload).not.toBe(SOURCE);
    await page.fill("#policy-text", payload);
    await waitForSummary(page, cleanSummary(0));
    expect(await page.textContent(`.preview-clauses tr[data-clause="${clause.id}"] .row-title`)).toBe(img);
    expect(await page.textContent(`.outcome[data-example="${example.id}"] .outcome-head`)).toContain(script + img);

    // A broken line with the payload: its excerpt shows it as written.
    await page.fill("#policy-text", `${payload}\n${script}${img}\n`);
    await page.waitForSelector(".problem.error");
    expect(await page.locator(".problem.error pre").first().textContent()).toContain(`${script}${img}`);

    const executed = await page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.scripts].filter((s) => s.textContent?.includes("alert(")).length,
    }));
    expect(executed).toEqual({ images: 0, scripts: 0 });
    expect(dialogs).toEqual([]);
  });

  it("opens a local file and downloads the edited text without a single request", async () => {
    const page = await site.newPage();
    await openEditor(page);
    // The editor and its checker load on first use: from then on, nothing is fetched or sent.
    const worker = page.waitForRequest(/check-worker/);
    await page.focus("#policy-text");
    await worker;
    await page.waitForLoadState("networkidle");
    const before = site.requests.length;
    const opened = SOURCE.replace(/^(办法 「)[^」]+」/m, "$1本机的办法」");
    await page.setInputFiles(".editor-toolbar input[type=file]", { name: "本机.policy", mimeType: "text/plain", buffer: Buffer.from("\uFEFF" + opened.replace(/\n/g, "\r\n")) });
    await page.waitForFunction(() => document.querySelector(".source-label")?.textContent?.includes("本机.policy"));
    expect(await page.inputValue("#policy-text")).toBe(opened);
    await waitForSummary(page, cleanSummary(0));
    expect(await page.textContent(".preview .meta")).toContain("本机的办法");

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=下载文本")]);
    expect(download.suggestedFilename()).toBe("本机.policy");
    expect(readFileSync((await download.path())!, "utf8")).toBe(opened);

    await page.click(".message button:text-is('撤销')");
    expect(await page.inputValue("#policy-text")).toBe(SOURCE);
    const after = site.requests.slice(before).filter((u) => !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(after).toEqual([]);
  });

  it("has no WCAG 2.1 AA violation in light and dark mode, with and without errors", async () => {
    for (const dark of [false, true]) {
      const page = await site.newPage({ dark });
      await openEditor(page);
      expect(await axeViolations(page), dark ? "深色" : "浅色").toEqual([]);
      await typeOver(page, 1, 1, 0, "错字\n");
      await page.waitForSelector(".preview[data-stale]");
      expect(await axeViolations(page), `${dark ? "深色" : "浅色"}，有错误`).toEqual([]);
    }
  });

  it("fits a phone's width and is screenshotted at 360 pixels", async () => {
    const page = await site.newPage({ width: 360 });
    await openEditor(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/editor-360.png`, fullPage: true });
  });

  it("is the only page that loads the editor, and none loads the checker before it is used", () => {
    const html = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name.startsWith("pagefind") || name === "_astro" ? [] : html(path);
        return name.endsWith(".html") ? [path] : [];
      });
    const editorPage = join("dist", "editor", "index.html");
    const script = /<script type="module" src="([^"]+)"/.exec(readFileSync(editorPage, "utf8"))?.[1];
    expect(script).toBeTruthy();
    const pages = html("dist").map((file) => ({ file, text: readFileSync(file, "utf8") }));
    expect(pages.filter((p) => p.text.includes(script!)).map((p) => p.file)).toEqual([editorPage]);
    expect(pages.filter((p) => /check-worker|components\/editor/.test(p.text)).map((p) => p.file)).toEqual([]);
  });

  it("made no request to another origin and had no script error", () => {
    const origin = new URL(site.url).origin;
    expect(site.requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"))).toEqual([]);
    expect(site.errors).toEqual([]);
  });
});
