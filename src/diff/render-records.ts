/** A record's comparison under two versions as Chinese text lines. */
import { formatMoney, formatPoints } from "../engine";
import type { FigureChange, RecordComparison } from "./schema";

function figureText(change: FigureChange): string {
  switch (change.figure) {
    case "finalScore":
      return `积分 ${formatPoints(change.old)} → ${formatPoints(change.new)}`;
    case "fines":
      return `罚款 ${formatMoney(change.old)} 元 → ${formatMoney(change.new)} 元`;
    case "rewards":
      return `奖金 ${formatMoney(change.old)} 元 → ${formatMoney(change.new)} 元`;
    case "gradeCap":
      return `评级上限 ${change.old ?? "无"} → ${change.new ?? "无"}`;
  }
}

/** `name` heads the first line; the lines after it are indented. */
export function renderComparison(name: string, comparison: RecordComparison): string[] {
  switch (comparison.status) {
    case "same":
      return [`${name}：没有变化`];
    case "changed":
      return [
        `${name}：`,
        ...comparison.people.map((p) => `  ${p.who === null ? "" : `${p.who}：`}${p.changes.map(figureText).join("，")}`),
      ];
    case "invalid": {
      const lines = [`${name}：记录无效，未比较`];
      for (const [label, problems] of [["旧版本", comparison.old], ["新版本", comparison.new]] as const) {
        if (problems === null) continue;
        lines.push(`  在${label}下有 ${problems.length} 处问题：`);
        for (const p of problems) lines.push(`    ${p.path}: ${p.message} [${p.code}]`);
      }
      return lines;
    }
  }
}
