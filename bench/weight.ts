/**
 * Page weight of the built shipped site, in Debian's Chromium with an empty cache: for each page
 * type, what its first visit loads (HTML, CSS, JS, other), raw and gzip; the calculator's JS; and
 * what the first search query on a clause page transfers. A clause page must load no script until
 * its search box is used.
 *
 * Bytes are those of the files served (the test server does not compress); "gzip" is what a
 * server compressing text would send: gzip for text files, as-is for Pagefind's files, which are
 * compressed already.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import { startServer } from "../scripts/serve.mjs";
import { checkText } from "../src/check";
import { CHROMIUM } from "../test/site/browser";
import { atMost, LIMITS } from "./budgets";
import { SHIPPED_SITE, buildShippedSite } from "./build";
import { calculatorBundle, calculatorPolicyJson } from "./calculator-bundle";
import { readShippedPolicy } from "./generate-policy";
import { progress } from "./measure";
import { kb, num, type Section } from "./section";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TEXT = /\.(html|css|js|mjs|json|svg|txt|xml)$/;

type Kind = "html" | "css" | "js" | "other";

interface Transfer {
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

interface Weight {
  [kind: string]: { raw: number; gzip: number };
}

/** The file a site URL serves: `clause/x/` → clause/x/index.html; an unknown path → 404.html. */
function fileOf(site: string, base: string, url: string): string | null {
  const path = decodeURIComponent(new URL(url).pathname);
  if (!path.startsWith(base)) return null;
  let file = join(site, path.slice(base.length));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  return existsSync(file) ? file : join(site, "404.html");
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) gzipCache.set(file, (size = TEXT.test(file) ? gzipSync(readFileSync(file)).length : statSync(file).size));
  return size;
}

function kindOf(resourceType: string): Kind {
  if (resourceType === "document") return "html";
  if (resourceType === "stylesheet") return "css";
  if (resourceType === "script") return "js";
  return "other";
}

/** Record what a page requests from the site while `action` runs and the network settles. */
async function transfers(page: Page, site: string, base: string, action: () => Promise<unknown>): Promise<Transfer[]> {
  const seen: Transfer[] = [];
  const listener = (request: { url(): string; resourceType(): string }) => {
    const file = fileOf(site, base, request.url());
    if (file) seen.push({ path: file.slice(site.length + 1), kind: kindOf(request.resourceType()), raw: statSync(file).size, gzip: gzipSize(file) });
  };
  page.on("request", listener);
  await action();
  await page.waitForLoadState("networkidle");
  page.off("request", listener);
  return seen;
}

function total(list: Transfer[]): Weight {
  const weight: Weight = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 }, all: { raw: 0, gzip: 0 } };
  for (const t of list) {
    for (const key of [t.kind, "all"]) {
      weight[key]!.raw += t.raw;
      weight[key]!.gzip += t.gzip;
    }
  }
  return weight;
}

/** One page per type: the first path segment; of several pages of a type, the heaviest HTML. */
function pageTypes(site: string): { type: string; path: string; pages: number }[] {
  const files = readdirSync(site, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"));
  const groups = new Map<string, string[]>();
  for (const f of files) {
    const type = f === "index.html" ? "home" : f === "404.html" ? "404" : f.split("/")[0]!;
    groups.set(type, [...(groups.get(type) ?? []), f]);
  }
  return [...groups].map(([type, list]) => {
    const heaviest = list.sort((a, b) => statSync(join(site, b)).size - statSync(join(site, a)).size)[0]!;
    const path = type === "404" ? "no-such-page/" : heaviest.replace(/index\.html$/, "");
    return { type, path, pages: list.length };
  });
}

interface QueryRow {
  text: string;
  results: number;
  files: Transfer[];
  weight: Weight;
}

interface PageRow {
  type: string;
  path: string;
  pages: number;
  weight: Weight;
  scripts: number;
}

export async function weightBenchmark(): Promise<Section> {
  if (!existsSync(join(SHIPPED_SITE, "pagefind", "pagefind.js"))) await buildShippedSite();
  const policy = checkText(readShippedPolicy(), { examples: false }).policy!;
  // A narrow query (a clause's first alias) and a broad one (the title of the category with most
  // clauses, found on many pages: the most result fragments).
  const narrow = policy.clauses.find((c) => c.aliases.length > 0)?.aliases[0] ?? policy.clauses[0]!.title;
  const counts = policy.categories.map((c) => ({ title: c.title, clauses: policy.clauses.filter((x) => x.category === c.id).length }));
  const broad = counts.sort((a, b) => b.clauses - a.clauses)[0]?.title ?? narrow;
  const server = await startServer({ root: SHIPPED_SITE, port: 0 });
  const base = new URL(server.url).pathname;
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const fresh = async () => (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" })).newPage();
    const rows: PageRow[] = [];
    for (const { type, path, pages } of pageTypes(SHIPPED_SITE)) {
      progress(`page weight: ${type} (${path || "/"})`);
      const page = await fresh();
      const list = await transfers(page, SHIPPED_SITE, base, () => page.goto(server.url + encodeURI(path)));
      rows.push({ type, path, pages, weight: total(list), scripts: list.filter((t) => t.kind === "js").length });
      await page.context().close();
    }

    const clause = rows.find((r) => r.type === "clause")!;
    const queries: QueryRow[] = [];
    for (const text of [narrow, broad]) {
      progress(`page weight: a first search query (“${text}”) on a clause page`);
      const page = await fresh();
      await transfers(page, SHIPPED_SITE, base, () => page.goto(server.url + encodeURI(clause.path)));
      const files = await transfers(page, SHIPPED_SITE, base, async () => {
        await page.fill("#site-search", text);
        await page.waitForSelector("#site-search-panel .search-results li");
      });
      const results = await page.locator("#site-search-panel .search-results li").count();
      await page.context().close();
      queries.push({ text, results, files, weight: total(files) });
    }
    const heaviestQuery = [...queries].sort((a, b) => b.weight.all!.gzip - a.weight.all!.gzip)[0]!;
    const calculator = rows.find((r) => r.type === "calculator")!;
    // The search page runs a search as soon as it opens: its weight is that of a query (budgeted below).
    const heaviest = rows.filter((r) => r.type !== "search").sort((a, b) => b.weight.all!.gzip - a.weight.all!.gzip)[0]!;
    const bundle = await calculatorBundle();
    const policyJson = await calculatorPolicyJson();

    const cells = (w: { raw: number; gzip: number }) => `${kb(w.raw)} / ${kb(w.gzip)}`;
    return {
      title: "Page weight",
      columns: ["page", "HTML KB", "CSS KB", "JS KB", "other KB", "first visit KB", "scripts"],
      rows: [
        ...rows.map((r) => [`${r.type}${r.pages > 1 ? ` (heaviest of ${r.pages})` : ""}`, cells(r.weight.html!), cells(r.weight.css!), cells(r.weight.js!), cells(r.weight.other!), cells(r.weight.all!), num(r.scripts, 0)]),
        ...queries.map((q) => [`first query “${q.text}” (${q.results} result${q.results === 1 ? "" : "s"}, ${q.files.length} files)`, "", "", cells(q.weight.js!), cells(q.weight.other!), cells(q.weight.all!), ""]),
      ],
      notes: [
        "KB as raw / gzip (text files gzipped, Pagefind's own compressed files as they are); Chromium with an empty cache, until the network is idle.",
        `A first query is typed into the header's search box of ${clause.path} (the heaviest clause page): it loads the search module, Pagefind (searching on the page), the clause pages' index chunk and a fragment per result shown (five at first).`,
        "The search page starts its search engine as it opens (it runs the query of its address): its first visit is a query's weight, budgeted as one.",
        `Calculator JS by module (the island bundled again with Vite, split by the source map; KB raw / gzip of each part alone): ${bundle.groups.map((g) => `${g.name} ${kb(g.raw)} / ${kb(g.gzip)}`).join(", ")}.`,
        `The calculator's policy (every version, without prose) is JSON in its page's HTML, read by the island as it starts: ${kb(policyJson.raw)} / ${kb(policyJson.gzip)} KB of it alone, counted in the page's HTML.`,
      ],
      budgets: [
        atMost(`clause page: scripts loaded before the search box is used`, clause.scripts, LIMITS.clauseScripts, "scripts"),
        atMost(`first visit, heaviest page type but search (${heaviest.type}), gzip`, heaviest.weight.all!.gzip / 1024, LIMITS.firstVisitKb, "KB"),
        atMost("calculator JS, gzip", calculator.weight.js!.gzip / 1024, LIMITS.calculatorJsKb, "KB"),
        atMost(`first search query, transferred, gzip (heaviest: “${heaviestQuery.text}”)`, heaviestQuery.weight.all!.gzip / 1024, LIMITS.queryKb, "KB"),
      ],
      data: { rows, queries, calculatorBundle: bundle, calculatorPolicyJson: policyJson },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
