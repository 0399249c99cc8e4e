/** The Chinese `why` of each entry, rendered from its reason data and the policy's own words. */
import type { PolicyIndex } from "./policy-index";
import { toDay } from "./dates";
import type { Versions } from "./versions";
import { describeBound } from "../check/bounds";
import { formatMoney, formatPoints } from "./quantity";
import type { Entry, EntryReason } from "./result";

type Amounts = Pick<Entry, "points" | "fine" | "reward">;

/** `扣N分，罚款M元` or `加N分，奖励M元` from an entry's amounts; a role name in front for liability lines. */
export function describeAmounts({ points, fine, reward }: Amounts): string {
  let text = points < 0 ? `扣${formatPoints(-points)}分` : points > 0 ? `加${formatPoints(points)}分` : "";
  if (fine > 0) text += `${text ? "，" : ""}罚款${formatMoney(fine)}元`;
  if (reward > 0) text += `${text ? "，" : ""}奖励${formatMoney(reward)}元`;
  return text || "不扣分、不罚款";
}

function factorText(factor: number): string {
  return factor === 2 ? "加倍" : `×${factor}`;
}

/**
 * An explainer for one simulation, in the words of the version in force on each entry's date (a late
 * fine's terms: on the date of the event whose fine was late). Each sentence is built afresh: a cache
 * keyed by the entry's fields costs more than the sentence (measured by the engine benchmark).
 */
export function createExplainer(versions: Versions): (entry: Omit<Entry, "why">) => string {
  if (versions.all.length === 1) {
    const index = versions.all[0]!;
    return (entry) => explainEntry(index, entry);
  }
  return (entry) => {
    const { reason } = entry;
    const index = versions.at(toDay(reason.kind === "late" ? reason.eventDate : entry.date));
    // With several versions, each sentence says which one judged it.
    return `${explainEntry(index, entry)}（依${index.policy.version}版）`;
  };
}

export function explainEntry(index: PolicyIndex, entry: Omit<Entry, "why"> & { why?: string }): string {
  const title = index.clauses.get(entry.clause)?.title ?? "";
  const head = `${entry.clause} ${title}`;
  const reason: EntryReason = entry.reason;
  switch (reason.kind) {
    case "event":
      return `${head}${countText(index, entry.clause, reason.count)}：${describeAmounts(entry)}`;
    case "repeat":
      return (
        `${head}${countText(index, entry.clause, reason.count)}：${describeAmounts(entry)}` +
        `（${reason.windowDays}天内重犯，${factorText(reason.factor)}；前次 ${reason.doubledBy.date}）`
      );
    case "late": {
      const rule = index.policy.lateFine;
      const terms = rule ? `期限${rule.dueDays}天、宽限${rule.graceDays}天，` : "";
      return `${head}：${describeAmounts(entry)}（${reason.eventDate} ${reason.eventClause} 的罚款${terms}最迟 ${reason.lastDay} 缴清，实际 ${reason.paidOn} 缴纳）`;
    }
    case "liability": {
      const source = `${reason.person} ${reason.source.date} ${title}`;
      if (reason.rule === "clause") return `${entry.clause} 连带：${source}，${reason.role}${describeAmounts(entry)}`;
      const sourceAmounts = describeAmounts({ points: reason.sourcePoints, fine: reason.sourceFine, reward: 0 });
      return `${entry.clause} 连带：${source}（${sourceAmounts}），${reason.responsibility}责任 ${reason.percent}%，${reason.role}${describeAmounts(entry)}`;
    }
    case "share":
      return `${entry.clause} 连带：${reason.person} ${reason.source.date} ${title}，罚款${formatMoney(reason.sourceFine)}元的 ${reason.percent}%，${reason.role}${describeAmounts(entry)}`;
    case "daily":
      return (
        `${reason.clauses.join("、")} 当日合计${reason.total}${reason.unit}（${reason.group}，${describeBound(reason.threshold, reason.unit)}），` +
        `${reason.role}${describeAmounts(entry)}`
      );
  }
}

function countText(index: PolicyIndex, clauseId: string, count: number): string {
  return count === 1 ? "" : ` ×${count}${index.clauses.get(clauseId)?.unit ?? ""}`;
}
