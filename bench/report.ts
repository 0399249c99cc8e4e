/** The benchmark's table, as text for the terminal and as markdown for the README. */
import { cpus, loadavg } from "node:os";
import type { Budget } from "./budgets";
import { num, type Section } from "./section";

export interface Machine {
  node: string;
  cpu: string;
  cores: number;
  /** 1-minute load average at the start and the end of the run: how busy the machine was. */
  load: [number, number];
  date: string;
}

export function machineAtStart(): Omit<Machine, "load"> & { loadAtStart: number } {
  return {
    node: process.version,
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    loadAtStart: loadavg()[0] ?? 0,
    date: new Date().toISOString().slice(0, 10),
  };
}

export function finishMachine(start: ReturnType<typeof machineAtStart>): Machine {
  const { loadAtStart, ...rest } = start;
  return { ...rest, load: [loadAtStart, loadavg()[0] ?? 0] };
}

/** `2.21×`, `81.4 KB`, `0 scripts`; limits as written (`≤ 5×`). */
function quantity(value: number, unit: string, exact: boolean): string {
  const text = exact ? String(value) : num(value);
  return unit === "×" ? `${text}×` : `${text} ${unit}`;
}

/** `name: measured (limit)`, for the list of missed budgets. */
export function describeBudget(b: Budget): string {
  const [name, measured, limit] = budgetCells(b);
  return `${name}: ${measured} (limit ${limit})`;
}

const budgetCells = (b: Budget) => [
  b.name,
  quantity(b.measured, b.unit, Number.isInteger(b.measured)),
  `${b.op === "<=" ? "≤" : "≥"} ${quantity(b.limit, b.unit, true)}`,
  b.pass ? "pass" : "MISSED",
];

function textTable(columns: string[], rows: string[][]): string {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(columns), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function renderText(sections: Section[], budgets: Budget[], machine: Machine): string {
  const parts = sections.map((s) => `${s.title}\n\n${textTable(s.columns, s.rows)}\n${s.notes.map((n) => `  ${n}`).join("\n")}`);
  parts.push(`Budgets\n\n${textTable(["budget", "measured", "limit", ""], budgets.map(budgetCells))}`);
  parts.push(describeMachine(machine));
  return parts.join("\n\n") + "\n";
}

export function describeMachine(m: Machine): string {
  return `Node ${m.node}, ${m.cpu}, ${m.cores} cores, ${m.date}; load average ${num(m.load[0], 1)} at the start, ${num(m.load[1], 1)} at the end.`;
}

function markdownTable(columns: string[], rows: string[][]): string {
  const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [row(columns), `|${columns.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`, ...rows.map(row)].join("\n");
}

export function renderMarkdown(sections: Section[], budgets: Budget[], machine: Machine): string {
  const parts = [`Measured on ${describeMachine(machine)}`];
  parts.push(`**Budgets** (${budgets.filter((b) => b.pass).length} of ${budgets.length} met)\n\n${markdownTable(["budget", "measured", "limit", ""], budgets.map(budgetCells))}`);
  for (const s of sections) parts.push(`**${s.title}**\n\n${markdownTable(s.columns, s.rows)}\n\n${s.notes.map((n) => `- ${n}`).join("\n")}`);
  return parts.join("\n\n");
}
