/**
 * Parse tree → text in the one canonical layout. Law: parse(print(t)) equals t, spans aside.
 * `policy fmt` is this printer.
 */
import type * as T from "./tree";

const INDENT = "  ";

export function print(doc: T.Document): string {
  const out: string[] = [];
  let previous: T.Item["type"] | null = null;
  for (const item of doc.items) {
    if (previous !== null && blankBefore(previous, item.type)) out.push("");
    out.push(...printItem(item));
    previous = item.type;
  }
  return out.join("\n") + "\n";
}

const GROUPED = new Set<T.Item["type"]>(["Title", "Version", "Effective", "RoleDef", "CategoryDef", "TagDef"]);

/** One-line definitions of a kind stay together; every block stands apart. */
function blankBefore(previous: T.Item["type"], next: T.Item["type"]): boolean {
  if (next === "Comment") return previous !== "Comment";
  if (previous === "Comment") return false;
  if (GROUPED.has(next) && GROUPED.has(previous)) return next !== previous && !(previous === "Title" || previous === "Version");
  if (next === "Paragraph" && previous === "Heading") return false;
  return true;
}

const str = (s: T.Str) => `「${s.value}」`;
/** A statement's line with its trailing comment, if it had one. */
const line = (text: string, node: { comment: string | null }) => (node.comment === null ? text : `${text}  # ${node.comment}`);
const num = (n: T.NumberLit) => n.raw;
const sub = (fields: readonly ({ type: string } & Partial<{ comment: string | null }>)[], printField: (f: never) => string) =>
  fields.map((f) => INDENT + (f.type === "Comment" ? `# ${(f as T.Comment).text}` : line(printField(f as never), f as { comment: string | null })));

function printItem(item: T.Item): string[] {
  if (item.type === "Comment") return [`# ${item.text}`];
  const [head, ...rest] = printBlock(item);
  return [line(head!, item), ...rest];
}

function printBlock(item: Exclude<T.Item, T.Comment>): string[] {
  switch (item.type) {
    case "Title":
      return [`办法 ${str(item.text)}`];
    case "Version":
      return [`版本 ${str(item.text)}`];
    case "Effective":
      return [`生效 ${item.date.value}`];
    case "RoleDef":
      return [["角色", item.id.name, item.title && str(item.title), { member: "成员", manager: "负责人", other: null }[item.kind]].filter(Boolean).join(" ")];
    case "CategoryDef":
      return [["类别", item.id.name, item.title && str(item.title), item.direction === "award" ? "加分" : "扣分"].filter(Boolean).join(" ")];
    case "TagDef":
      return [`标签 ${item.id.name} ${str(item.title)}`];
    case "Heading":
      return [`${["章", "节", "小节"][item.level - 1]} ${str(item.text)}`, ...sub(item.notes, printNote)];
    case "Paragraph":
      return [`段 ${str(item.text)}`, ...sub(item.notes, printNote)];
    case "Rule":
      return [printRuleBody(item.body), ...sub(item.fields, printNote)];
    case "Clause":
      return [`条款 ${item.id.name} ${str(item.title)}`, ...sub(item.fields, printClauseField)];
    case "Example":
      return [`示例 ${item.id.name} ${str(item.title)}`, ...sub(item.fields, printExampleField)];
  }
}

function printNote(f: T.Note | T.Original): string {
  return `${f.type === "Note" ? "解释" : "原文"} ${str(f.text)}`;
}

export function printAmount(a: T.Amount, unit: string): string {
  const pct = (percent: boolean) => (percent ? "%" : "");
  switch (a.kind) {
    case "fixed":
      return `${num(a.value)}${pct(a.percent)}${a.percent || !unit ? "" : ` ${unit}`}`;
    case "range":
      return `${num(a.min)}${pct(a.percent)}~${num(a.max)}${pct(a.percent)}${a.percent || !unit ? "" : ` ${unit}`}`;
    case "discretion":
      return "酌情";
    case "none":
      return "无";
    case "invalid":
      return a.word;
  }
}

export function printBound(b: T.Bound): string {
  const unit = b.unit ? ` ${b.unit}` : "";
  if (b.written === "symbol") return `${{ ">=": "≥", "<=": "≤", ">": ">", "<": "<" }[b.op]} ${num(b.value)}${unit}`;
  const inclusion = { inclusive: "（含）", exclusive: "（不含）", bare: "" }[b.written];
  return `${num(b.value)}${unit}${inclusion}${b.op.startsWith(">") ? "以上" : "以下"}`;
}

function printRuleBody(b: T.RuleBody): string {
  switch (b.type) {
    case "BasePoints":
      return `基础分 ${num(b.points)}`;
    case "Trigger": {
      const c = b.condition;
      const condition =
        c.type === "ScoreCondition" ? `积分 ${printBound(c.bound)}` : `${num(c.window)} 天内 违规 ${num(c.count)} 次${c.reset ? "，重新计数" : ""}`;
      return `诫勉 ${b.reason.name}：${condition}`;
    }
    case "Consequences":
      return `诫勉后果 ${b.items.map((i) => i.text).join("、")}`;
    case "DefaultLiability":
      return `默认连带 ${b.role.name}：${b.shares.map((s) => `${s.responsibility.name} ${num(s.percent)}%`).join("，")}`;
    case "Repeat":
      return `重犯加倍 ${num(b.window)} 天内 ×${num(b.factor)}`;
    case "LateFine":
      return `罚款缴纳 ${num(b.due)} 天内，宽限 ${num(b.grace)} 天，逾期 ${b.clause.name}`;
    case "Grades":
      return `评级 ${b.grades.map((g) => g.name).join("、")}；投诉 按 ${b.tag.name}`;
    case "CapRule":
      return `评级上限 ${b.id.name}：积分 ${printBound(b.score)} 且 投诉 ${printBound(b.complaints)} → 最高 ${b.cap.name}${b.text ? ` ${str(b.text)}` : ""}`;
  }
}

function printClauseField(f: Exclude<T.ClauseField, T.Comment>): string {
  switch (f.type) {
    case "Original":
    case "Note":
      return printNote(f);
    case "CategoryField":
      return `类别 ${f.value.name}`;
    case "RoleField":
      return `适用 ${f.value.name}`;
    case "PointsField":
      return `${f.direction === "award" ? "加分" : "扣分"} ${printAmount(f.amount, "")}`;
    case "MoneyField":
      return `${f.key === "reward" ? "奖金" : "罚款"} ${printAmount(f.amount, "元")}`;
    case "UnitField":
      return `单位 ${f.value.name}`;
    case "TagsField":
      return `标签 ${f.values.map((v) => v.name).join("、")}`;
    case "AliasesField":
      return `别名 ${f.values.map((v) => v.text).join("、")}`;
    case "NoRepeatField":
      return "不加倍";
    case "Liability": {
      const parts = [`连带 ${f.role.name}`];
      if (f.kind === "daily") parts.push(`当日${str(f.group!)}${f.measure === "event" ? "按条 " : ""}合计 ${printBound(f.threshold!)}`);
      if (f.points) parts.push(`扣分 ${printAmount(f.points, "")}`);
      if (f.money) parts.push(`罚款 ${printAmount(f.money, "元")}`);
      return parts.join(" ");
    }
  }
}

const EXPECT_KEYS: Record<T.ExpectNumberKey, string> = {
  finalScore: "积分",
  pointsDeducted: "扣分",
  pointsAwarded: "加分",
  fines: "罚款",
  rewards: "奖金",
  violations: "违规",
  complaints: "投诉",
};

function printExampleField(f: Exclude<T.ExampleField, T.Comment>): string {
  switch (f.type) {
    case "Note":
      return printNote(f);
    case "RecordField": {
      const s = f.subject;
      const subject =
        s.type === "PersonSubject" ? `个人 ${s.name.name}` : `部门 负责人 ${s.manager.name}，成员 ${s.members.map((m) => m.name).join("、")}`;
      return `记录 ${num(f.year)} 年，${subject}`;
    }
    case "EventField": {
      const fields = f.fields.map((x) => {
        if (x.type === "EventNumber") return `${x.keyword} ${num(x.value)}${x.key === "directorShare" ? "%" : ""}`;
        if (x.type === "EventPaid") return `缴款 ${x.date.value}`;
        return `责任 ${x.value.name}`;
      });
      return ["事件", f.date.value, f.person?.name, f.clause.name, ...fields].filter(Boolean).join(" ");
    }
    case "ExpectField": {
      const fields = f.fields.map((x) => {
        if (x.type === "ExpectNumber") return `${EXPECT_KEYS[x.key]} ${num(x.value)}`;
        if (x.type === "ExpectInterventions")
          return `诫勉 ${x.items.length === 0 ? "无" : x.items.map((i) => `${i.date.value} ${i.reason.name}`).join("、")}`;
        return `上限 ${x.cap ? x.cap.name : "无"}`;
      });
      return `预期 ${f.who ? `${f.who.name} ` : ""}${fields.join("，")}`;
    }
  }
}
