/** DOM output of the search box: filter chips, the result list and the buttons under it (text only, no HTML from the index but Pagefind's excerpt marks). */
export interface Shown {
  url: string;
  title: string;
  clause?: string;
  amounts?: string;
  excerpt?: string;
}

export function renderFilters(box: HTMLElement, values: string[], selected: Set<string>, onChange: () => void): void {
  box.replaceChildren();
  for (const value of values) {
    const chip = document.createElement("button");
    chip.type = "button";
    chip.className = "filter-chip";
    chip.textContent = value;
    chip.setAttribute("aria-pressed", "false");
    chip.addEventListener("click", () => {
      if (selected.has(value)) selected.delete(value);
      else selected.add(value);
      chip.setAttribute("aria-pressed", String(selected.has(value)));
      onChange();
    });
    box.append(chip);
  }
}

export function renderResults(list: HTMLOListElement, shown: Shown[]): void {
  list.replaceChildren(...shown.map(item));
}

/** Add results below those shown; returns the first new link. */
export function appendResults(list: HTMLOListElement, shown: Shown[]): HTMLAnchorElement | undefined {
  const items = shown.map(item);
  list.append(...items);
  return items[0]?.querySelector("a") ?? undefined;
}

export interface Actions {
  /** 显示更多结果: the next results of this query. */
  more: HTMLButtonElement;
  /** Search the other pages (guides, examples…) too. */
  other: HTMLButtonElement;
}

/** The buttons under the result list, made when the search starts (pages carry none until then). */
export function renderActions(panel: HTMLElement): Actions {
  const box = document.createElement("div");
  box.className = "search-actions";
  const button = (text: string) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "secondary";
    b.textContent = text;
    b.hidden = true;
    box.append(b);
    return b;
  };
  const actions = { more: button("显示更多结果"), other: button("在使用说明、示例等其他页面中搜索") };
  panel.append(box);
  return actions;
}

function item(s: Shown): HTMLLIElement {
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = s.url;
  if (s.clause) a.append(span("clause-id", s.clause), " ");
  a.append(span("result-title", s.title));
  if (s.amounts) a.append(span("result-amounts", s.amounts));
  if (s.excerpt) {
    const ex = span("result-excerpt", "");
    ex.innerHTML = sanitizeExcerpt(s.excerpt);
    a.append(ex);
  }
  li.append(a);
  return li;
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement("span");
  el.className = className;
  el.textContent = text;
  return el;
}

/** Pagefind excerpts are escaped text with <mark> around hits; keep only that. */
function sanitizeExcerpt(html: string): string {
  return html.replace(/<(?!\/?mark>)[^>]*>/g, "");
}
