/**
 * The 评级规则 picture: an SVG grid of year-end score × complaints, each cell coloured by its cap.
 * Colours come from CSS classes (`cap-0` best … `cap-n` worst, `cap-none`), so dark mode and print
 * restyle it; every cell also carries its grade as text, so colour is never the only signal.
 */
import type { Grading } from "../check/schema";
import type { Grid } from "./grading";

const CELL_W = 40;
const CELL_H = 34;
const LEFT = 52;
const TOP = 36;
const BOTTOM = 44;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function capClass(grading: Grading, cap: string | null): string {
  return cap === null ? "cap-none" : `cap-${grading.grades.indexOf(cap)}`;
}

export function gradeGridSvg(grading: Grading, grid: Grid, labels: { complaints: string }, titleId: string, descId: string, description: string): string {
  const cols = grid.scores.values.length;
  const rows = grid.complaints.values.length;
  const width = LEFT + cols * CELL_W + 8;
  const height = TOP + rows * CELL_H + BOTTOM;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="grade-grid" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}">`);
  out.push(`<title id="${titleId}">年底积分 × ${esc(labels.complaints)}次数 → 评级上限</title>`);
  out.push(`<desc id="${descId}">${esc(description)}</desc>`);
  // Rows run from the most complaints at the top to none at the bottom, like a chart's y axis.
  grid.complaints.values.forEach((_, r) => {
    const rowIndex = rows - 1 - r;
    const y = TOP + r * CELL_H;
    out.push(`<text class="axis" x="${LEFT - 8}" y="${y + CELL_H / 2 + 5}" text-anchor="end">${esc(grid.complaints.labels[rowIndex]!)}</text>`);
    grid.scores.values.forEach((__, c) => {
      const cell = grid.cells[rowIndex]![c]!;
      const x = LEFT + c * CELL_W;
      const label = cell.cap ?? "—";
      const tip = `积分 ${grid.scores.labels[c]}，投诉 ${grid.complaints.labels[rowIndex]}：${cell.cap === null ? "不限" : `最高 ${cell.cap}`}${cell.rule ? `（${cell.rule.id}）` : ""}`;
      out.push(`<g><title>${esc(tip)}</title><rect class="cell ${capClass(grading, cell.cap)}" x="${x}" y="${y}" width="${CELL_W - 2}" height="${CELL_H - 2}" rx="3"/>`);
      out.push(`<text class="cell-label" x="${x + (CELL_W - 2) / 2}" y="${y + CELL_H / 2 + 5}" text-anchor="middle">${esc(label)}</text></g>`);
    });
  });
  const axisY = TOP + rows * CELL_H;
  grid.scores.labels.forEach((label, c) => {
    out.push(`<text class="axis" x="${LEFT + c * CELL_W + (CELL_W - 2) / 2}" y="${axisY + 16}" text-anchor="middle">${esc(label)}</text>`);
  });
  out.push(`<text class="axis-title" x="${LEFT + (cols * CELL_W) / 2}" y="${axisY + 38}" text-anchor="middle">年底积分（分）</text>`);
  out.push(`<text class="axis-title" x="8" y="${TOP - 16}">投诉（次）</text>`);
  out.push(`</svg>`);
  return out.join("\n");
}
