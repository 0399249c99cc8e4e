/**
 * The search index of the built site (src/site/search-index.ts), made again from a copy of dist/'s
 * pages: the clause pages in one bundle whose word index is a single chunk, every other page marked
 * for search in the other, and a clause's record holding what its page says, not what every page says.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, type SearchIndexSummary } from "../../src/site/search-index";

let site: string;
let summary: SearchIndexSummary;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "wenyou-search-index-"));
  cpSync("dist", site, { recursive: true, filter: (path) => !/[\\/](pagefind[^\\/]*|_astro)$/.test(path) });
  summary = await buildSearchIndex(site);
}, 120_000);
afterAll(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

const pagesUnder = (dir: string) => readdirSync(join(site, dir)).map((name) => `${dir}/${name}/index.html`).sort();

interface Fragment {
  url: string;
  /** The page's indexed text, its words joined by zero-width spaces. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's record of each page of a bundle (gzip of a signature and JSON). */
function fragments(bundle: string): Fragment[] {
  const dir = join(site, bundle, "fragment");
  return readdirSync(dir).map((name) => JSON.parse(gunzipSync(readFileSync(join(dir, name))).toString("utf8").replace(/^pagefind_dcd/, "")));
}

const words = (f: Fragment) => f.content.replace(/\u200b/g, "");

describe("the search index", () => {
  it("puts every clause page in the first bundle and every other page marked for search in the second", () => {
    expect(summary.clauses).toEqual(pagesUnder("clause"));
    expect(summary.more).toEqual(expect.arrayContaining(["examples/index.html", "grading/index.html", "guide/faq/index.html"]));
    for (const path of ["index.html", "table/index.html", "policy/index.html", "editor/index.html", "calculator/index.html"]) {
      expect([...summary.clauses, ...summary.more], path).not.toContain(path);
    }
    expect(fragments("pagefind")).toHaveLength(summary.clauses.length);
    expect(fragments("pagefind-more")).toHaveLength(summary.more.length);
  });

  it("keeps the clause pages' word index in one chunk, which a first query loads whatever its words", () => {
    expect(readdirSync(join(site, "pagefind", "index"))).toHaveLength(1);
  });

  it("records a clause's id, title, amounts and aliases for the result list, and indexes the words of its own page only", () => {
    const records = fragments("pagefind");
    const withAliases = records.find((r) => (r.filters["别名"] ?? []).length > 0)!;
    expect(Object.keys(withAliases.meta).sort()).toEqual(["amounts", "clause", "title"]);
    expect(withAliases.filters["编号"]).toEqual([withAliases.meta.clause]);
    expect(words(withAliases)).toContain(withAliases.meta.title);
    for (const alias of withAliases.filters["别名"]!) expect(words(withAliases)).toContain(alias);
    for (const record of records) {
      // Labels and links every clause page has would be found on all of them.
      expect(words(record), record.url).not.toContain("适用对象");
      expect(words(record), record.url).not.toContain("在计算器中试算");
      // The hidden record (meta and filters) is read, not indexed; nor are the amounts in large type.
      const amounts = record.meta.amounts!;
      if (/\d/.test(amounts)) expect(words(record), record.url).not.toContain(amounts);
    }
  });
});
