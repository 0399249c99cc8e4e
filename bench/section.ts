import type { Budget } from "./budgets";

/** What each benchmark returns: a table for people, budgets for `--check`, figures for results.json. */
export interface Section {
  title: string;
  columns: string[];
  rows: string[][];
  /** Lines printed under the table: what was measured and how. */
  notes: string[];
  budgets: Budget[];
  data: unknown;
}

/** `1234.5678` → `1,234.6`; small numbers keep more digits. */
export function num(value: number, digits?: number): string {
  if (!Number.isFinite(value)) return "—";
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
  return value.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
}

export const ratio = (value: number) => `${num(value)}×`;
export const kb = (bytes: number) => num(bytes / 1024, 1);
