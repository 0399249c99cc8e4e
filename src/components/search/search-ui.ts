/**
 * The search box's behaviour, loaded on first use: Pagefind's JS API with our own result list.
 * Clauses whose 别名 or id is exactly the query come first (looked up through Pagefind filters,
 * so they are found in the index, not guessed), then Pagefind's ranking.
 *
 * What a first query transfers is kept small (bench/weight.ts, ≤ 100 KB): the search covers the
 * clause pages, whose index is one small chunk; the other pages' index is added when the reader
 * asks for it. Each result's details (a Pagefind fragment) load when it is shown: the first few
 * at once, the rest with 显示更多结果.
 */
import { loadPagefind, mergeMore, mergedMore, type FilterValue, type Pagefind, type PagefindResult } from "./pagefind";
import { appendResults, renderActions, renderFilters, renderResults, type Shown } from "./render";

/** Results shown (and fetched) at once, then added by each 显示更多结果: a phone's screenful. */
const FIRST_RESULTS = 5;
const MORE_RESULTS = 10;
const DEBOUNCE_MS = 120;
export const CATEGORY_FILTER = "类别";
export const ALIAS_FILTER = "别名";
export const ID_FILTER = "编号";

export async function attachSearch(form: HTMLFormElement): Promise<void> {
  if (form.dataset.attached) return;
  form.dataset.attached = "1";
  const base = form.dataset.base ?? "/";
  const input = form.querySelector<HTMLInputElement>("input[type=search]")!;
  const panel = form.querySelector<HTMLElement>(".search-panel")!;
  const status = panel.querySelector<HTMLElement>(".search-status")!;
  const list = panel.querySelector<HTMLOListElement>(".search-results")!;
  const filterBox = panel.querySelector<HTMLElement>(".search-filters")!;
  const actions = renderActions(panel);
  const selected = new Set<string>();
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(base);
  } catch {
    panel.hidden = false;
    status.textContent = "搜索索引没有加载成功；请使用速查表查找条款。";
    return;
  }
  const filters = await pagefind.filters();
  renderFilters(filterBox, Object.keys(filters[CATEGORY_FILTER] ?? {}), selected, () => void run());

  /** The current query's results in order, and how many of them are shown. */
  let query = "";
  let found: PagefindResult[] = [];
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  function update(): void {
    const more = mergedMore();
    if (found.length === 0) status.textContent = more ? `没有找到“${query}”` : `没有找到与“${query}”有关的条款`;
    else status.textContent = `“${query}”：找到 ${found.length} ${more ? "条结果" : "个条款"}`;
    actions.more.hidden = shown >= found.length;
    actions.more.disabled = false;
    actions.more.textContent = `显示更多结果（还有 ${found.length - shown} 条）`;
    actions.other.hidden = more;
    actions.other.disabled = false;
  }

  async function run(): Promise<void> {
    const text = input.value.trim();
    const mine = ++generation;
    if (text === "") {
      panel.hidden = true;
      return;
    }
    panel.hidden = false;
    const results = await search(pagefind, text, [...selected]);
    const first = await details(results.slice(0, FIRST_RESULTS));
    if (mine !== generation) return;
    query = text;
    found = results;
    shown = first.length;
    renderResults(list, first);
    update();
  }

  async function showMore(): Promise<void> {
    if (actions.more.disabled) return;
    const hadFocus = document.activeElement === actions.more;
    actions.more.disabled = true;
    const mine = generation;
    const next = await details(found.slice(shown, shown + MORE_RESULTS));
    if (mine !== generation) return;
    const firstNew = appendResults(list, next);
    shown += next.length;
    update();
    // A keyboard (or screen reader) user goes on from the first result just added.
    if (hadFocus) firstNew?.focus();
  }

  async function searchOtherPages(): Promise<void> {
    actions.other.disabled = true;
    status.textContent = "正在加载其他页面的搜索索引…";
    try {
      await mergeMore(pagefind, base);
    } catch {
      status.textContent = "其他页面的搜索索引没有加载成功，请稍后再试。";
      actions.other.disabled = false;
      return;
    }
    await run();
  }

  actions.more.addEventListener("click", () => void showMore());
  actions.other.addEventListener("click", () => void searchOtherPages());
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void run();
  });
  form.addEventListener("keydown", (e) => moveFocus(e, form, input));
  const initial = new URLSearchParams(location.search).get("q");
  if (initial && input.value === "" && form.closest("main")) input.value = initial;
  if (input.value.trim() !== "") await run();
}

/** Every result of `query` in order: exact id, exact 别名, then Pagefind's ranking; details not loaded. */
async function search(pagefind: Pagefind, query: string, categories: string[]): Promise<PagefindResult[]> {
  const base: Record<string, FilterValue> = categories.length > 0 ? { [CATEGORY_FILTER]: { any: categories } } : {};
  const [exactAlias, exactId, ranked] = await Promise.all([
    pagefind.search(null, { filters: { ...base, [ALIAS_FILTER]: query } }),
    pagefind.search(null, { filters: { ...base, [ID_FILTER]: query } }),
    pagefind.search(query, { filters: base }),
  ]);
  const ordered = new Map<string, PagefindResult>();
  for (const r of [...exactId.results, ...exactAlias.results, ...ranked.results]) if (!ordered.has(r.id)) ordered.set(r.id, r);
  return [...ordered.values()];
}

/** What each result shows; loads one Pagefind fragment per result. */
async function details(results: PagefindResult[]): Promise<Shown[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    clause: d.meta.clause,
    amounts: d.meta.amounts,
    excerpt: d.meta.clause ? undefined : d.excerpt,
  }));
}

/** Arrow keys move between the box, the results and the buttons below them; Escape closes the list. */
function moveFocus(e: KeyboardEvent, form: HTMLFormElement, input: HTMLInputElement): void {
  const stops = [...form.querySelectorAll<HTMLElement>(".search-results a, .search-actions button:not([hidden])")];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  if (e.key === "ArrowDown" && stops.length > 0) {
    e.preventDefault();
    stops[Math.min(at + 1, stops.length - 1)]!.focus();
  } else if (e.key === "ArrowUp" && at >= 0) {
    e.preventDefault();
    if (at === 0) input.focus();
    else stops[at - 1]!.focus();
  } else if (e.key === "Escape") {
    form.querySelector<HTMLElement>(".search-panel")!.hidden = true;
    input.focus();
  }
}
