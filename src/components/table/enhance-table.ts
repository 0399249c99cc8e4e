/**
 * Progressive enhancement of the 速查表: filters (category, points, money, words) and sortable
 * columns. Without this script the table is complete and readable as it is.
 */
type SortKey = "order" | "category" | "points" | "money";

export function enhanceTable(table: HTMLTableElement, filters: HTMLElement): void {
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const count = filters.querySelector<HTMLElement>(".table-count")!;
  const field = (name: string) => filters.querySelector<HTMLInputElement | HTMLSelectElement>(`[name=${name}]`)!;
  filters.hidden = false;

  const preset = new URLSearchParams(location.search).get("category");
  if (preset) field("category").value = preset;

  function apply(): void {
    const category = field("category").value;
    const points = field("points").value;
    const money = field("money").value;
    const text = field("text").value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const visible =
        (!category || d.category === category) &&
        (!points || d.points === points) &&
        (!money || d.money === money) &&
        (!text || (d.text ?? "").toLowerCase().includes(text));
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = `显示 ${shown} / ${rows.length} 条`;
  }
  for (const name of ["category", "points", "money", "text"]) field(name).addEventListener("input", apply);

  let current: { key: SortKey; dir: 1 | -1 } = { key: "order", dir: 1 };
  const headers = [...table.tHead!.rows[0]!.cells].filter((th) => th.dataset.sort);
  for (const th of headers) {
    const key = th.dataset.sort as SortKey;
    const button = document.createElement("button");
    button.type = "button";
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener("click", () => {
      current = { key, dir: current.key === key ? (current.dir === 1 ? -1 : 1) : 1 };
      sort();
    });
  }

  /** Numbers compare in order (low bound, then high bound); the category by its name. */
  function value(row: HTMLTableRowElement, key: SortKey): number[] | string {
    const d = row.dataset;
    if (key === "points") return (d.pointsSort ?? "").split(",").map(Number);
    if (key === "money") return (d.moneySort ?? "").split(",").map(Number);
    if (key === "category") return d.category ?? "";
    return [Number(d.order)];
  }

  function compare(a: number[] | string, b: number[] | string): number {
    if (typeof a === "string" || typeof b === "string") return String(a).localeCompare(String(b), "zh-CN");
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const c = (a[i] ?? 0) - (b[i] ?? 0);
      if (c !== 0) return c;
    }
    return 0;
  }

  function sort(): void {
    const { key, dir } = current;
    const sorted = [...rows].sort((a, b) => {
      return compare(value(a, key), value(b, key)) * dir || Number(a.dataset.order) - Number(b.dataset.order);
    });
    body.append(...sorted);
    for (const th of headers) {
      if (th.dataset.sort === key) th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    }
  }
  apply();
}
