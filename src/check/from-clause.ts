/** A clause of the parse tree → a checked clause; reports what a clause cannot lack or repeat. */
import type * as T from "../syntax/tree";
import type * as P from "./schema";
import { problem, type Problem } from "../diagnostics/problem";
import { fromAmount, fromBound } from "./from-values";

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

export function fromClause(c: T.Clause, headings: string[], roles: readonly P.Role[], problems: Problem[]): P.Clause {
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
