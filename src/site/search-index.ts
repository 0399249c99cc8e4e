/**
 * The search index of a built site (`npm run build` runs it after `astro build`, through
 * scripts/search-index.mjs): two Pagefind bundles.
 *
 *   pagefind/        the clause pages: what every search box searches
 *   pagefind-more/   every other page marked for search (guides, FAQ, examples, 评级规则, 修订记录…),
 *                    merged into the search when the reader asks for it (src/components/search/)
 *
 * Why two: Pagefind cuts its word index into chunks of about 20,000 word positions (not
 * configurable), and a query loads the chunk that holds its word. With every page in one bundle
 * that chunk is ~28 KB gzip for most words; the clause pages alone are one chunk of ~19 KB, which
 * keeps a first query under its 100 KB budget (bench/weight.ts).
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";
import * as pagefind from "pagefind";
import { SEARCH_INDEX, SEARCH_INDEX_MORE } from "./search-paths";

/** A page Pagefind should read: its main content carries data-pagefind-body (Base.astro's `indexed`). */
const INDEXED = /\sdata-pagefind-body[\s>=]/;
/** A clause page says which clause it is (src/pages/clause/[slug].astro). */
const CLAUSE_PAGE = /\sdata-pagefind-meta="clause"/;

export interface SearchIndexSummary {
  /** Site paths of the pages in each bundle, e.g. `clause/{id}/index.html`. */
  clauses: string[];
  more: string[];
}

function htmlFiles(site: string, dir = site): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return [SEARCH_INDEX, SEARCH_INDEX_MORE].includes(`${entry.name}/`) && dir === site ? [] : htmlFiles(site, path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

async function writeBundle(site: string, bundle: string, pages: { path: string; html: string }[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind：${errors.join("；")}`);
  for (const page of pages) {
    const added = await index.addHTMLFile({ sourcePath: page.path, content: page.html });
    if (added.errors.length > 0) throw new Error(`Pagefind 无法索引 ${page.path}：${added.errors.join("；")}`);
  }
  const written = await index.writeFiles({ outputPath: join(site, bundle) });
  if (written.errors.length > 0) throw new Error(`Pagefind 无法写入 ${bundle}：${written.errors.join("；")}`);
}

/** Replace the site's search bundles with new ones made from its pages. */
export async function buildSearchIndex(site: string): Promise<SearchIndexSummary> {
  const pages = htmlFiles(site)
    .map((file) => ({ path: relative(site, file).split(sep).join("/"), html: readFileSync(file, "utf8") }))
    .filter((p) => INDEXED.test(p.html))
    .sort((a, b) => a.path.localeCompare(b.path));
  const clauses = pages.filter((p) => CLAUSE_PAGE.test(p.html));
  const more = pages.filter((p) => !CLAUSE_PAGE.test(p.html));
  for (const bundle of [SEARCH_INDEX, SEARCH_INDEX_MORE]) rmSync(join(site, bundle), { recursive: true, force: true });
  try {
    await writeBundle(site, SEARCH_INDEX, clauses);
    await writeBundle(site, SEARCH_INDEX_MORE, more);
  } finally {
    await pagefind.close();
  }
  return { clauses: clauses.map((p) => p.path), more: more.map((p) => p.path) };
}
