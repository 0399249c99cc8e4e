/** The part of Pagefind's browser API we use, and its loading from the site's own bundles. */
import { SEARCH_INDEX, SEARCH_INDEX_MORE } from "../../site/search-paths";

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export type FilterValue = string | string[] | { any: string[] } | { all: string[] };
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, FilterValue> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Characters of a result's excerpt (the words around the match). */
const EXCERPT = 24;

let loading: Promise<Pagefind> | undefined;
let merging: Promise<void> | undefined;
let merged = false;

/** Pagefind with the clause pages' index. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base}${SEARCH_INDEX}pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // noWorker: Pagefind 1.6 would fetch pagefind-worker.js (12 KB gzip), a second copy of the code
    // it has already loaded, to search an index this small off the main thread.
    await pagefind.options({ baseUrl: base, excerptLength: EXCERPT, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** Whether the other pages' index has been added to the search (on this page, by any search box). */
export function mergedMore(): boolean {
  return merged;
}

/** Add the other pages' index (guides, examples, 评级规则…) to every later search; it shares the loaded WebAssembly. */
export function mergeMore(pagefind: Pagefind, base: string): Promise<void> {
  merging ??= pagefind.mergeIndex(`${base}${SEARCH_INDEX_MORE}`, { baseUrl: base, excerptLength: EXCERPT }).then(
    () => {
      merged = true;
    },
    (error: unknown) => {
      merging = undefined;
      throw error;
    },
  );
  return merging;
}
