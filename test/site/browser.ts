/**
 * One Chromium (Debian's, driven by playwright-core) and one static server on dist/ for a test file.
 * Every request any page makes is recorded, so a test can check that none leaves the site.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
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
  /** Content-Security-Policy violations of any page: `securitypolicyviolation` events and console reports. */
  cspViolations: string[];
  /** `bypassCSP`: ignore the site's Content-Security-Policy (to test what the page does without it). */
  newPage(options?: { width?: number; dark?: boolean; bypassCSP?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/** Serve a built site: `root` is dist/ unless a test built its own (e.g. from a fixture policy). */
export async function openSite({ root = "dist" }: { root?: string } = {}): Promise<Site> {
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root}/ 不存在：请先运行 npm run build（npm test 会先生成站点）`);
  if (!existsSync(`${root}/pagefind/pagefind.js`)) throw new Error(`${root}/pagefind/ 不存在：请用 npm run build 生成搜索索引`);
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 Chromium：${CHROMIUM}（apt-get install -y chromium fonts-noto-cjk）`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startServer({ root, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const requests: string[] = [];
  const errors: string[] = [];
  const cspViolations: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    browser,
    requests,
    errors,
    cspViolations,
    async newPage({ width = 1280, dark = false, bypassCSP = false } = {}) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: dark ? "dark" : "light", locale: "zh-CN", bypassCSP });
      contexts.push(context);
      context.on("request", (r) => requests.push(r.url()));
      // Init scripts run through the DevTools protocol, before the page's own and outside its CSP.
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(`securitypolicyviolation: ${e.effectiveDirective} ${e.blockedURI || "inline"} ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      const page = await context.newPage();
      page.on("pageerror", (e) => errors.push(`${page.url()}：${e.message}`));
      page.on("console", (m) => {
        if (/securitypolicyviolation|Content Security Policy/i.test(m.text())) cspViolations.push(`${page.url()}：${m.text()}`);
      });
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
let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * WCAG 2.1 A and AA rules of axe-core on the page as it is now. axe-core is evaluated through the
 * DevTools protocol, not added as a <script>, which the site's Content-Security-Policy would refuse.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(AXE, "utf8");
  await page.evaluate(axeSource);
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
