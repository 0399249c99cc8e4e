/**
 * Parse tree → policy draft. Translation only: it reports what makes a translation impossible
 * (a missing or repeated required part) and leaves every other judgement to the passes.
 */
import type * as T from "../syntax/tree";
import type * as P from "./schema";
import { problem, type Problem } from "../diagnostics/problem";
import { NO_SPAN } from "../diagnostics/span";

export interface Draft {
  policy: P.Policy;
  problems: Problem[];
}

const MONEY_SUFFIX = /^(.*?)\s*(\d+(?:\.\d+)?)\s*元$/;

export function fromTree(tree: T.Document): Draft {
  const problems: Problem[] = [];
  const once = new Map<string, T.Item | T.RuleBody>();
  const headings: { level: number; text: string }[] = [];
  const header: { title?: string; version?: string; effective?: string } = {};
  const roles: P.Role[] = [];
  const categories: P.Category[] = [];
  const tags: P.Tag[] = [];
  const clauses: P.Clause[] = [];
  const document: P.Block[] = [];
  const examples: P.Example[] = [];
  const interventions: P.Trigger[] = [];
  const capRules: P.CapRule[] = [];
  let basePoints: number | undefined;
  let defaultLiability: P.DefaultLiability | undefined;
  let repeat: P.Repeat | undefined;
  let lateFine: P.LateFine | null = null;
  let consequences: P.Consequence[] = [];
  let grades: T.Grades | undefined;

  /** Parts the whole policy may state only once. */
  const single = (key: string, node: T.Item | T.RuleBody): boolean => {
    if (once.has(key)) {
      problems.push(problem("E0502", node.span, { field: key }));
      return false;
    }
    once.set(key, node);
    return true;
  };

  for (const item of tree.items) {
    switch (item.type) {
      case "Comment":
        break;
      case "Title":
        if (single("办法", item)) header.title = item.text.value;
        break;
      case "Version":
        if (single("版本", item)) header.version = item.text.value;
        break;
      case "Effective":
        if (single("生效", item)) header.effective = item.date.value;
        break;
      case "RoleDef":
        roles.push({ id: item.id.name, title: item.title?.value ?? item.id.name, kind: item.kind, span: item.span });
        break;
      case "CategoryDef":
        categories.push({ id: item.id.name, title: item.title?.value ?? item.id.name, direction: item.direction, span: item.span });
        break;
      case "TagDef":
        tags.push({ id: item.id.name, title: item.title.value, span: item.span });
        break;
      case "Heading":
        while (headings.length > 0 && headings[headings.length - 1]!.level >= item.level) headings.pop();
        headings.push({ level: item.level, text: item.text.value });
        document.push({ kind: "heading", level: item.level, text: item.text.value, span: item.span });
        if (notesOf(item.notes).length > 0) document.push({ kind: "paragraph", text: "", notes: notesOf(item.notes), span: item.span });
        break;
      case "Paragraph":
        document.push({ kind: "paragraph", text: item.text.value, notes: notesOf(item.notes), span: item.span });
        break;
      case "Clause":
        clauses.push(fromClause(item, headings.map((h) => h.text), roles, problems));
        document.push({ kind: "clause", id: item.id.name });
        break;
      case "Example":
        {
          const example = fromExample(item, problems);
          if (example) examples.push(example);
        }
        break;
      case "Rule": {
        const body = item.body;
        const original = item.fields.flatMap((f) => (f.type === "Original" ? [f.text.value] : []));
        document.push({ kind: "rule", rule: ruleKey(body), original, notes: notesOf(item.fields), span: item.span });
        switch (body.type) {
          case "BasePoints":
            if (single("基础分", body)) basePoints = body.points.value;
            break;
          case "Trigger":
            interventions.push(fromTrigger(body));
            break;
          case "Consequences":
            if (single("诫勉后果", body)) consequences = body.items.map(fromConsequence);
            break;
          case "DefaultLiability":
            if (single("默认连带", body))
              defaultLiability = {
                role: body.role.name,
                shares: body.shares.map((s) => ({ responsibility: s.responsibility.name, percent: s.percent.value })),
                span: body.span,
              };
            break;
          case "Repeat":
            if (single("重犯加倍", body)) repeat = { windowDays: body.window.value, factor: body.factor.value, span: body.span };
            break;
          case "LateFine":
            if (single("罚款缴纳", body))
              lateFine = { dueDays: body.due.value, graceDays: body.grace.value, clause: body.clause.name, span: body.span };
            break;
          case "Grades":
            if (single("评级", body)) grades = body;
            break;
          case "CapRule":
            capRules.push({
              id: body.id.name,
              score: fromBound(body.score),
              complaints: fromBound(body.complaints),
              cap: body.cap.name,
              text: body.text?.value ?? `最高${body.cap.name}`,
              span: body.span,
            });
            break;
        }
        break;
      }
    }
  }

  const start = tree.items[0]?.span ?? NO_SPAN;
  const required = <V>(value: V | undefined, field: string, fallback: V): V => {
    if (value === undefined) problems.push(problem("E0501", start, { field: `“${field}”` }));
    return value ?? fallback;
  };
  const policy: P.Policy = {
    title: required(header.title, "办法", ""),
    version: required(header.version, "版本", ""),
    effective: required(header.effective, "生效", ""),
    basePoints: required(basePoints, "基础分", 0),
    roles,
    categories,
    tags,
    defaultLiability: required(defaultLiability, "默认连带", { role: "", shares: [{ responsibility: "", percent: 0 }], span: NO_SPAN }),
    repeat: required(repeat, "重犯加倍", { windowDays: 1, factor: 1, span: NO_SPAN }),
    interventions,
    consequences,
    lateFine,
    grading: {
      grades: required(grades, "评级", undefined)?.grades.map((g) => g.name) ?? [""],
      complaintTag: grades?.tag.name ?? "",
      rules: capRules,
      span: grades?.span ?? NO_SPAN,
    },
    clauses,
    document,
    examples,
  };
  return { policy, problems };
}

function notesOf(fields: readonly { type: string }[]): string[] {
  return fields.flatMap((f) => (f.type === "Note" ? [(f as T.Note).text.value] : []));
}

function ruleKey(body: T.RuleBody): string {
  switch (body.type) {
    case "Trigger":
      return `trigger:${body.reason.name}`;
    case "CapRule":
      return `cap:${body.id.name}`;
    default:
      return body.type;
  }
}

export function fromAmount(amount: T.Amount | null): P.Amount {
  if (amount === null) return { kind: "none" };
  switch (amount.kind) {
    case "fixed":
      return { kind: "fixed", value: amount.value.value };
    case "range":
      return { kind: "range", min: amount.min.value, max: amount.max.value };
    case "discretion":
      return { kind: "discretion" };
    case "none":
    case "invalid":
      return { kind: "none" };
  }
}

export function fromBound(bound: T.Bound): P.Bound {
  return { op: bound.op, value: bound.value.value, written: bound.written };
}

function fromTrigger(body: T.Trigger): P.Trigger {
  const c = body.condition;
  return c.type === "ScoreCondition"
    ? { kind: "score", reason: body.reason.name, bound: fromBound(c.bound), span: body.span }
    : { kind: "frequency", reason: body.reason.name, count: c.count.value, windowDays: c.window.value, reset: c.reset, span: body.span };
}

function fromConsequence(item: T.Word): P.Consequence {
  const m = MONEY_SUFFIX.exec(item.text);
  return m ? { text: m[1]!.trim(), money: Number(m[2]) } : { text: item.text, money: null };
}

function fromLiability(l: T.Liability): P.Liability {
  if (l.kind === "daily") {
    return {
      kind: "daily",
      role: l.role.name,
      group: l.group!.value,
      threshold: fromBound(l.threshold!),
      measure: l.measure!,
      unit: l.threshold!.unit ?? "次",
      points: fromAmount(l.points),
      money: fromAmount(l.money),
      span: l.span,
    };
  }
  if (l.money && (l.money.kind === "fixed" || l.money.kind === "range") && l.money.percent && l.points === null) {
    return { kind: "share", role: l.role.name, percent: fromAmount(l.money), span: l.span };
  }
  return { kind: "fixed", role: l.role.name, points: fromAmount(l.points), money: fromAmount(l.money), span: l.span };
}

function fromClause(c: T.Clause, headings: string[], roles: readonly P.Role[], problems: Problem[]): P.Clause {
  const seen = new Set<string>();
  /** Fields a clause states once; a second one is reported and ignored. */
  const first = (field: T.ClauseField, name: string): boolean => {
    if (seen.has(name)) {
      problems.push(problem("E0403", field.span, { field: name }));
      return false;
    }
    seen.add(name);
    return true;
  };
  const clause: P.Clause = {
    id: c.id.name,
    title: c.title.value,
    category: "",
    role: roles.find((r) => r.kind === "member")?.id ?? "",
    original: [],
    notes: [],
    points: { kind: "none" },
    money: { kind: "none" },
    unit: null,
    tags: [],
    aliases: [],
    noRepeat: false,
    liability: [],
    headings,
    span: c.span,
  };
  let hasPoints = false;
  let hasMoney = false;
  for (const f of c.fields) {
    switch (f.type) {
      case "Original":
        clause.original.push(f.text.value);
        break;
      case "Note":
        clause.notes.push(f.text.value);
        break;
      case "CategoryField":
        if (first(f, "类别")) clause.category = f.value.name;
        break;
      case "RoleField":
        if (first(f, "适用")) clause.role = f.value.name;
        break;
      case "PointsField":
        if (first(f, "扣分/加分")) {
          clause.points = fromAmount(f.amount);
          hasPoints = true;
        }
        break;
      case "MoneyField":
        if (first(f, "罚款/奖金")) {
          clause.money = fromAmount(f.amount);
          hasMoney = true;
        }
        break;
      case "UnitField":
        if (first(f, "单位")) clause.unit = f.value.name;
        break;
      case "TagsField":
        clause.tags.push(...f.values.map((v) => v.name));
        break;
      case "AliasesField":
        clause.aliases.push(...f.values.map((v) => v.text));
        break;
      case "NoRepeatField":
        clause.noRepeat = true;
        break;
      case "Liability":
        clause.liability.push(fromLiability(f));
        break;
    }
  }
  if (clause.original.length === 0) problems.push(problem("E0401", c.id.span, { id: clause.id }));
  if (!seen.has("类别")) problems.push(problem("E0402", c.id.span, { id: clause.id, field: "类别（如“类别 处罚”）" }));
  if (!hasPoints) problems.push(problem("E0402", c.id.span, { id: clause.id, field: "分值（如“扣分 1”或“加分 1”）" }));
  if (!hasMoney) problems.push(problem("E0402", c.id.span, { id: clause.id, field: "金额（如“罚款 100 元”，没有则写“罚款 无”）" }));
  return clause;
}

function fromExample(e: T.Example, problems: Problem[]): P.Example | null {
  let record: Extract<T.ExampleField, { type: "RecordField" }> | undefined;
  const events: P.ExampleEvent[] = [];
  const expect: P.Expectation[] = [];
  const notes: string[] = [];
  for (const f of e.fields) {
    switch (f.type) {
      case "RecordField":
        record = f;
        break;
      case "Note":
        notes.push(f.text.value);
        break;
      case "EventField": {
        const event: P.ExampleEvent = { date: f.date.value, person: f.person?.name ?? null, clause: f.clause.name, span: f.span };
        for (const x of f.fields) {
          if (x.type === "EventNumber") event[x.key] = x.value.value;
          else if (x.type === "EventPaid") event.finePaidOn = x.date.value;
          else event.responsibility = x.value.name;
        }
        events.push(event);
        break;
      }
      case "ExpectField": {
        const expectation: P.Expectation = { who: f.who?.name ?? null, span: f.span };
        for (const x of f.fields) {
          if (x.type === "ExpectNumber") expectation[x.key] = x.value.value;
          else if (x.type === "ExpectInterventions")
            expectation.interventions = x.items.map((i) => ({ date: i.date.value, reason: i.reason.name }));
          else expectation.gradeCap = x.cap?.name ?? null;
        }
        expect.push(expectation);
        break;
      }
    }
  }
  if (!record) problems.push(problem("E0603", e.id.span, { example: e.id.name, field: "“记录”行（如“记录 2024 年，个人 张三”）" }));
  if (expect.length === 0) problems.push(problem("E0603", e.id.span, { example: e.id.name, field: "“预期”行" }));
  if (!record || expect.length === 0) return null;
  const s = record.subject;
  return {
    id: e.id.name,
    title: e.title.value,
    year: record.year.value,
    subject:
      s.type === "PersonSubject"
        ? { kind: "person", name: s.name.name }
        : { kind: "department", manager: s.manager.name, members: s.members.map((m) => m.name) },
    events,
    expect,
    notes,
    span: e.span,
  };
}
