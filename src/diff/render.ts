/** A policy diff as readable Chinese text, one change a line. */
import { describeAmount } from "../check/amounts";
import type { Amount, Bound, Consequence } from "../check/schema";
import type { ClauseChange, ClauseFieldChange, ClauseSummary, PlainCapRule, PlainLiability, PlainTrigger, PolicyDiff, RuleChange } from "./schema";
import { isEmptyDiff } from "./diff-policies";

type Direction = "award" | "deduct";

/** `1 分`, `2~3 分`, `酌情`, `无` */
export function amountWithUnit(amount: Amount, unit: string): string {
  const text = describeAmount(amount);
  return amount.kind === "fixed" || amount.kind === "range" ? `${text} ${unit}` : text;
}

const POINTS_LABEL: Record<Direction, string> = { award: "加分", deduct: "扣分" };
const MONEY_LABEL: Record<Direction, string> = { award: "奖金", deduct: "罚款" };

function amountsText(direction: Direction, points: Amount, money: Amount): string {
  return `${POINTS_LABEL[direction]} ${amountWithUnit(points, "分")}，${MONEY_LABEL[direction]} ${amountWithUnit(money, "元")}`;
}

const BOUND_WORDS: Record<Bound["op"], string> = { ">=": "（含）以上", "<=": "（含）以下", ">": "（不含）以上", "<": "（不含）以下" };

function boundText(bound: Bound, unit = ""): string {
  return `${bound.value}${unit ? ` ${unit}` : ""}${BOUND_WORDS[bound.op]}`;
}

export function liabilityText(liability: PlainLiability): string {
  switch (liability.kind) {
    case "fixed":
      return `${liability.role} 扣分 ${amountWithUnit(liability.points, "分")}，罚款 ${amountWithUnit(liability.money, "元")}`;
    case "share":
      return `${liability.role} 罚款 ${amountWithUnit(liability.percent, "%").replace(" %", "%")}`;
    case "daily": {
      const measure = liability.measure === "event" ? "按条" : "";
      return `${liability.role} 当日「${liability.group}」${measure}合计 ${boundText(liability.threshold, liability.unit)} 扣分 ${amountWithUnit(liability.points, "分")}，罚款 ${amountWithUnit(liability.money, "元")}`;
    }
  }
}

const list = (items: readonly string[]) => (items.length === 0 ? "无" : items.join("、"));
/** Items that may contain 、 themselves. */
const items = (texts: readonly string[]) => (texts.length === 0 ? "无" : texts.join("；"));

const FIELD_LABELS: Record<Exclude<ClauseFieldChange["field"], "points" | "money">, string> = {
  title: "标题",
  category: "类别",
  role: "适用",
  unit: "单位",
  tags: "标签",
  aliases: "别名",
  original: "原文",
  notes: "解释",
  noRepeat: "不加倍",
  liability: "连带",
};

function fieldChangeText(change: ClauseFieldChange, direction: Direction): string {
  switch (change.field) {
    case "points":
      return `${POINTS_LABEL[direction]} ${amountWithUnit(change.old, "分")} → ${amountWithUnit(change.new, "分")}`;
    case "money":
      return `${MONEY_LABEL[direction]} ${amountWithUnit(change.old, "元")} → ${amountWithUnit(change.new, "元")}`;
    case "title":
      return `标题 「${change.old}」 → 「${change.new}」`;
    case "category":
    case "role":
      return `${FIELD_LABELS[change.field]} ${change.old} → ${change.new}`;
    case "unit":
      return `单位 ${change.old ?? "无"} → ${change.new ?? "无"}`;
    case "tags":
    case "aliases":
      return `${FIELD_LABELS[change.field]} ${list(change.old)} → ${list(change.new)}`;
    case "original":
    case "notes":
      return `${FIELD_LABELS[change.field]}有改动`;
    case "noRepeat":
      return `不加倍 ${change.old ? "是" : "否"} → ${change.new ? "是" : "否"}`;
    case "liability":
      return `连带 ${items(change.old.map(liabilityText))} → ${items(change.new.map(liabilityText))}`;
  }
}

function summaryText(clause: ClauseSummary): string {
  const parts = [amountsText(clause.direction, clause.points, clause.money)];
  if (clause.unit) parts.push(`单位 ${clause.unit}`);
  if (clause.tags.length > 0) parts.push(`标签 ${list(clause.tags)}`);
  for (const liability of clause.liability) parts.push(`连带 ${liabilityText(liability)}`);
  return `${clause.id} 「${clause.title}」（${clause.category}）：${parts.join("，")}`;
}

function triggerText(trigger: PlainTrigger): string {
  if (trigger.kind === "score") return `${trigger.reason}：积分 ${boundText(trigger.bound)}`;
  return `${trigger.reason}：${trigger.windowDays} 天内违规 ${trigger.count} 次${trigger.reset ? "，重新计数" : ""}`;
}

function consequenceText(consequence: Consequence): string {
  return consequence.money === null ? consequence.text : `${consequence.text}（${consequence.money} 元）`;
}

function capRuleText(rule: PlainCapRule): string {
  return `积分 ${boundText(rule.score)} 且 投诉 ${boundText(rule.complaints)}，最高 ${rule.cap}「${rule.text}」`;
}

const LIST_LABELS = { gradeRules: "评级上限", roles: "角色", categories: "类别", tags: "标签" } as const;
const KIND_WORDS = { member: "成员", manager: "负责人", other: "" } as const;
const DIRECTION_WORDS: Record<Direction, string> = { award: "加分", deduct: "扣分" };

function ruleLines(change: RuleChange): string[] {
  const arrow = (label: string, a: string, b: string) => [`修改 ${label} ${a} → ${b}`];
  switch (change.rule) {
    case "basePoints":
      return [`基础分 ${change.old} → ${change.new}`];
    case "repeat":
      return arrow("重犯加倍", `${change.old.windowDays} 天内 ×${change.old.factor}`, `${change.new.windowDays} 天内 ×${change.new.factor}`);
    case "interventions":
      return arrow("诫勉", items(change.old.map(triggerText)), items(change.new.map(triggerText)));
    case "consequences":
      return arrow("诫勉后果", items(change.old.map(consequenceText)), items(change.new.map(consequenceText)));
    case "lateFine": {
      const text = (rule: typeof change.old) => (rule === null ? "无" : `${rule.dueDays} 天内，宽限 ${rule.graceDays} 天，逾期 ${rule.clause}`);
      return arrow("罚款缴纳", text(change.old), text(change.new));
    }
    case "defaultLiability": {
      const text = (rule: typeof change.old) => `${rule.role}：${rule.shares.map((s) => `${s.responsibility} ${s.percent}%`).join("，")}`;
      return arrow("默认连带", text(change.old), text(change.new));
    }
    case "grades":
      return arrow("评级等级", list(change.old), list(change.new));
    case "complaintTag":
      return arrow("投诉标签", change.old, change.new);
    case "gradeRules":
      return byIdLines(`${LIST_LABELS.gradeRules}`, "：", change, capRuleText);
    case "roles":
      return byIdLines(LIST_LABELS.roles, " ", change, (r) => `「${r.title}」${KIND_WORDS[r.kind] ? ` ${KIND_WORDS[r.kind]}` : ""}`);
    case "categories":
      return byIdLines(LIST_LABELS.categories, " ", change, (c) => `「${c.title}」 ${DIRECTION_WORDS[c.direction]}`);
    case "tags":
      return byIdLines(LIST_LABELS.tags, " ", change, (t) => `「${t.title}」`);
  }
}

/** `新增 角色 柜员 「柜员」`, `修改 评级上限 评级3：<old> → <new>`. */
function byIdLines<T extends { id: string }>(
  label: string,
  separator: string,
  change: { added: T[]; removed: T[]; changed: { id: string; old: T; new: T }[] },
  text: (item: T) => string,
): string[] {
  return [
    ...change.added.map((item) => `新增 ${label} ${item.id}${separator}${text(item)}`),
    ...change.removed.map((item) => `删除 ${label} ${item.id}${separator}${text(item)}`),
    ...change.changed.map((item) => `修改 ${label} ${item.id}${separator}${text(item.old)} → ${text(item.new)}`),
  ];
}

const HEADER_LABELS = { title: "办法", version: "版本", effective: "生效" } as const;

export function renderDiff(diff: PolicyDiff): string {
  if (isEmptyDiff(diff)) return "两个版本没有差别\n";
  return `${diffLines(diff).map((line) => line.text).join("\n")}\n`;
}

/** One line of a rendered diff, with the clause it is about (for links), if any. */
export interface DiffLine {
  text: string;
  clause: string | null;
}

/** The diff as lines: header, global rules, clauses removed, added and changed, prose. */
export function diffLines(diff: PolicyDiff): DiffLine[] {
  const line = (text: string, clause: string | null = null): DiffLine => ({ text, clause });
  return [
    ...diff.header.map((h) => line(h.field === "title" ? `${HEADER_LABELS.title} 「${h.old}」 → 「${h.new}」` : `${HEADER_LABELS[h.field]} ${h.old} → ${h.new}`)),
    ...diff.rules.flatMap(ruleLines).map((text) => line(text)),
    ...diff.clauses.removed.map((c) => line(`删除 ${summaryText(c)}`, c.id)),
    ...diff.clauses.added.map((c) => line(`新增 ${summaryText(c)}`, c.id)),
    ...diff.clauses.changed.map((c) => line(`修改 ${c.id} ${c.title}：${clauseChangesText(c)}`, c.id)),
    ...diff.prose.removed.map((text) => line(`删除 正文段落「${excerpt(text)}」`)),
    ...diff.prose.added.map((text) => line(`新增 正文段落「${excerpt(text)}」`)),
  ];
}

/** `罚款 100 元 → 50 元；原文有改动` */
export function clauseChangesText(change: ClauseChange): string {
  return change.changes.map((c) => fieldChangeText(c, change.direction)).join("；");
}

/** The first 40 characters of a paragraph, on one line. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ");
  const chars = [...line];
  return chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : line;
}
