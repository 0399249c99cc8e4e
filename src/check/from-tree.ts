/**
 * Parse tree → policy draft. Translation only: it reports what makes a translation impossible
 * (a missing or repeated required part) and leaves every other judgement to the passes.
 */
import type * as T from "../syntax/tree";
import type * as P from "./schema";
import { problem, type Problem } from "../diagnostics/problem";
import { NO_SPAN } from "../diagnostics/span";
import { fromBound } from "./from-values";
import { fromClause } from "./from-clause";
import { fromExample } from "./from-example";
import { spanOf } from "../syntax/span-of";

export interface Draft {
  policy: P.Policy;
  problems: Problem[];
}

const MONEY_SUFFIX = /^(.*?)\s*(\d+(?:\.\d+)?)\s*元$/;

export function fromTree(tree: T.Document): Draft {
  const problems: Problem[] = [];
  const once = new Map<string, T.Item | T.RuleBody>();
  const headings: { level: number; text: string }[] = [];
  let headingTexts: string[] = [];
  let memberRole = "";
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
      problems.push(problem("E0502", spanOf(node), { field: key }));
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
        roles.push({ id: item.id.name, title: item.title?.value ?? item.id.name, kind: item.kind, span: spanOf(item) });
        if (item.kind === "member" && memberRole === "") memberRole = item.id.name;
        break;
      case "CategoryDef":
        categories.push({ id: item.id.name, title: item.title?.value ?? item.id.name, direction: item.direction, span: spanOf(item) });
        break;
      case "TagDef":
        tags.push({ id: item.id.name, title: item.title.value, span: spanOf(item) });
        break;
      case "Heading":
        while (headings.length > 0 && headings[headings.length - 1]!.level >= item.level) headings.pop();
        headings.push({ level: item.level, text: item.text.value });
        headingTexts = headings.map((h) => h.text);
        document.push({ kind: "heading", level: item.level, text: item.text.value, span: spanOf(item) });
        if (notesOf(item.notes).length > 0) document.push({ kind: "paragraph", text: "", notes: notesOf(item.notes), span: spanOf(item) });
        break;
      case "Paragraph":
        document.push({ kind: "paragraph", text: item.text.value, notes: notesOf(item.notes), span: spanOf(item) });
        break;
      case "Clause":
        // The clauses under the same headings share one list of them.
        clauses.push(fromClause(item, headingTexts, memberRole, problems));
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
        document.push({ kind: "rule", rule: ruleKey(body), original, notes: notesOf(item.fields), span: spanOf(item) });
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
                span: spanOf(body),
              };
            break;
          case "Repeat":
            if (single("重犯加倍", body)) repeat = { windowDays: body.window.value, factor: body.factor.value, span: spanOf(body) };
            break;
          case "LateFine":
            if (single("罚款缴纳", body))
              lateFine = { dueDays: body.due.value, graceDays: body.grace.value, clause: body.clause.name, span: spanOf(body) };
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
              span: spanOf(body),
            });
            break;
        }
        break;
      }
    }
  }

  const start = tree.items[0] ? spanOf(tree.items[0]) : NO_SPAN;
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
      span: grades ? spanOf(grades) : NO_SPAN,
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

function fromTrigger(body: T.Trigger): P.Trigger {
  const c = body.condition;
  return c.type === "ScoreCondition"
    ? { kind: "score", reason: body.reason.name, bound: fromBound(c.bound), span: spanOf(body) }
    : { kind: "frequency", reason: body.reason.name, count: c.count.value, windowDays: c.window.value, reset: c.reset, span: spanOf(body) };
}

function fromConsequence(item: T.Word): P.Consequence {
  const m = MONEY_SUFFIX.exec(item.text);
  return m ? { text: m[1]!.trim(), money: Number(m[2]) } : { text: item.text, money: null };
}
