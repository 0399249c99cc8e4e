import type { Pass } from "./context";
import type { Ident, Item } from "../../syntax/tree";
import { problem, type Problem } from "../../diagnostics/problem";

type Kind = "条款" | "角色" | "类别" | "标签" | "评级" | "评级规则" | "示例" | "诫勉原因";

/** Every id names one thing of its kind. */
export const reportDuplicateIds: Pass = ({ tree }) => {
  const problems: Problem[] = [];
  const seen = new Map<string, Ident>();
  const claim = (kind: Kind, id: Ident) => {
    const key = `${kind}\u0000${id.name}`;
    const earlier = seen.get(key);
    if (earlier) problems.push(problem("E0202", id.span, { kind, name: id.name }, [`相关位置：第 ${earlier.span.start.line} 行已定义`]));
    else seen.set(key, id);
  };
  for (const item of tree.items) for (const [kind, id] of idsOf(item)) claim(kind, id);
  return problems;
};

function idsOf(item: Item): [Kind, Ident][] {
  switch (item.type) {
    case "Clause":
      return [["条款", item.id]];
    case "RoleDef":
      return [["角色", item.id]];
    case "CategoryDef":
      return [["类别", item.id]];
    case "TagDef":
      return [["标签", item.id]];
    case "Example":
      return [["示例", item.id]];
    case "Rule": {
      const b = item.body;
      if (b.type === "CapRule") return [["评级规则", b.id]];
      if (b.type === "Trigger") return [["诫勉原因", b.reason]];
      if (b.type === "Grades") return b.grades.map((g) => ["评级", g] as [Kind, Ident]);
      return [];
    }
    default:
      return [];
  }
}
