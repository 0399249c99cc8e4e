/**
 * One Chromium (Debian's, driven by playwright-core) and one static server on dist/ for a test file.
 * Every request any page makes is recorded, so a test can check that none leaves the site.
 */
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
// The same server as `npm start`.
import { startServer } from "../../scripts/serve.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
export const SCREENSHOTS = "test-results/screenshots";

export interface Site {
  url: string;
  browser: Browser;
  /** Every URL requested by any page of this site's contexts. */
  requests: string[];
  /** Uncaught script errors of any page. */
  errors: string[];
  newPage(options?: { width?: number; dark?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

export async function openSite(): Promise<Site> {
  if (!existsSync("dist/index.html")) throw new Error("dist/ 不存在：请先运行 npm run build（npm test 会先生成站点）");
  if (!existsSync("dist/pagefind/pagefind.js")) throw new Error("dist/pagefind/ 不存在：请用 npm run build 生成搜索索引");
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 Chromium：${CHROMIUM}（apt-get install -y chromium fonts-noto-cjk）`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startServer({ root: "dist", port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const requests: string[] = [];
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    browser,
    requests,
    errors,
    async newPage({ width = 1280, dark = false } = {}) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: dark ? "dark" : "light", locale: "zh-CN" });
      contexts.push(context);
      context.on("request", (r) => requests.push(r.url()));
      const page = await context.newPage();
      page.on("pageerror", (e) => errors.push(`${page.url()}：${e.message}`));
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** WCAG 2.1 A and AA rules of axe-core on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return violations.map((v) => `${v.id}（${v.help}）：${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join("，")}`);
}

/** A site path (`clause/处罚4/`) as a URL of the test server. */
export function at(site: Site, path: string): string {
  return site.url + encodeURI(path);
}
