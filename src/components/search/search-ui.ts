/**
 * The search box's behaviour, loaded on first use: Pagefind's JS API with our own result list.
 * Clauses whose 别名 or id is exactly the query come first (looked up through Pagefind filters,
 * so they are found in the index, not guessed), then Pagefind's ranking.
 */
import { loadPagefind, type FilterValue, type Pagefind, type PagefindResult } from "./pagefind";
import { renderFilters, renderResults, type Shown } from "./render";

const MAX_RESULTS = 12;
const DEBOUNCE_MS = 120;
export const CATEGORY_FILTER = "类别";
export const ALIAS_FILTER = "别名";
export const ID_FILTER = "编号";

export async function attachSearch(form: HTMLFormElement): Promise<void> {
  if (form.dataset.attached) return;
  form.dataset.attached = "1";
  const input = form.querySelector<HTMLInputElement>("input[type=search]")!;
  const panel = form.querySelector<HTMLElement>(".search-panel")!;
  const status = panel.querySelector<HTMLElement>(".search-status")!;
  const list = panel.querySelector<HTMLOListElement>(".search-results")!;
  const filterBox = panel.querySelector<HTMLElement>(".search-filters")!;
  const selected = new Set<string>();
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(form.dataset.base ?? "/");
  } catch {
    panel.hidden = false;
    status.textContent = "搜索索引没有加载成功；请使用速查表查找条款。";
    return;
  }
  const filters = await pagefind.filters();
  renderFilters(filterBox, Object.keys(filters[CATEGORY_FILTER] ?? {}), selected, () => void run());

  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  async function run(): Promise<void> {
    const query = input.value.trim();
    const mine = ++generation;
    if (query === "") {
      panel.hidden = true;
      return;
    }
    panel.hidden = false;
    const shown = await search(pagefind, query, [...selected]);
    if (mine !== generation) return;
    renderResults(list, shown);
    status.textContent = shown.length === 0 ? `没有找到“${query}”` : `“${query}”：找到 ${shown.length} 条${shown.length === MAX_RESULTS ? "以上" : ""}`;
  }
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

async function search(pagefind: Pagefind, query: string, categories: string[]): Promise<Shown[]> {
  const base: Record<string, FilterValue> = categories.length > 0 ? { [CATEGORY_FILTER]: { any: categories } } : {};
  const [exactAlias, exactId, ranked] = await Promise.all([
    pagefind.search(null, { filters: { ...base, [ALIAS_FILTER]: query } }),
    pagefind.search(null, { filters: { ...base, [ID_FILTER]: query } }),
    pagefind.search(query, { filters: base }),
  ]);
  const seen = new Set<string>();
  const ordered: PagefindResult[] = [];
  for (const r of [...exactId.results, ...exactAlias.results, ...ranked.results]) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    ordered.push(r);
    if (ordered.length === MAX_RESULTS) break;
  }
  const data = await Promise.all(ordered.map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    clause: d.meta.clause,
    amounts: d.meta.amounts,
    excerpt: d.meta.clause ? undefined : d.excerpt,
  }));
}

/** Arrow keys move between the box and the results; Escape closes the list. */
function moveFocus(e: KeyboardEvent, form: HTMLFormElement, input: HTMLInputElement): void {
  const links = [...form.querySelectorAll<HTMLAnchorElement>(".search-results a")];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === "ArrowDown" && links.length > 0) {
    e.preventDefault();
    links[Math.min(at + 1, links.length - 1)]!.focus();
  } else if (e.key === "ArrowUp" && at >= 0) {
    e.preventDefault();
    if (at === 0) input.focus();
    else links[at - 1]!.focus();
  } else if (e.key === "Escape") {
    form.querySelector<HTMLElement>(".search-panel")!.hidden = true;
    input.focus();
  }
}
