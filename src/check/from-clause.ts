/** A clause of the parse tree → a checked clause; reports what a clause cannot lack or repeat. */
import type * as T from "../syntax/tree";
import type * as P from "./schema";
import { problem, type Problem } from "../diagnostics/problem";
import { fromAmount, fromBound } from "./from-values";
import { spanOf } from "../syntax/span-of";

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
      span: spanOf(l),
    };
  }
  if (l.money && (l.money.kind === "fixed" || l.money.kind === "range") && l.money.percent && l.points === null) {
    return { kind: "share", role: l.role.name, percent: fromAmount(l.money), span: spanOf(l) };
  }
  return { kind: "fixed", role: l.role.name, points: fromAmount(l.points), money: fromAmount(l.money), span: spanOf(l) };
}

/**
 * Fields a clause states once: true for the first; a second one is reported and ignored. (Module
 * level, with the names seen in a small array: a closure and a Set per clause were most of the
 * translation's time.)
 */
function first(seen: string[], field: T.ClauseField, name: string, problems: Problem[]): boolean {
  if (seen.includes(name)) {
    problems.push(problem("E0403", spanOf(field), { field: name }));
    return false;
  }
  seen.push(name);
  return true;
}

/** `memberRole`: the first member role defined before the clause, whose conduct it judges unless it says 适用. */
export function fromClause(c: T.Clause, headings: string[], memberRole: string, problems: Problem[]): P.Clause {
  const seen: string[] = [];
  const clause: P.Clause = {
    id: c.id.name,
    title: c.title.value,
    category: "",
    role: memberRole,
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
    span: spanOf(c),
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
        if (first(seen, f, "类别", problems)) clause.category = f.value.name;
        break;
      case "RoleField":
        if (first(seen, f, "适用", problems)) clause.role = f.value.name;
        break;
      case "PointsField":
        if (first(seen, f, "扣分/加分", problems)) {
          clause.points = fromAmount(f.amount);
          hasPoints = true;
        }
        break;
      case "MoneyField":
        if (first(seen, f, "罚款/奖金", problems)) {
          clause.money = fromAmount(f.amount);
          hasMoney = true;
        }
        break;
      case "UnitField":
        if (first(seen, f, "单位", problems)) clause.unit = f.value.name;
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
  if (clause.original.length === 0) problems.push(problem("E0401", spanOf(c.id), { id: clause.id }));
  if (!seen.includes("类别")) problems.push(problem("E0402", spanOf(c.id), { id: clause.id, field: "类别（如“类别 处罚”）" }));
  if (!hasPoints) problems.push(problem("E0402", spanOf(c.id), { id: clause.id, field: "分值（如“扣分 1”或“加分 1”）" }));
  if (!hasMoney) problems.push(problem("E0402", spanOf(c.id), { id: clause.id, field: "金额（如“罚款 100 元”，没有则写“罚款 无”）" }));
  return clause;
}
