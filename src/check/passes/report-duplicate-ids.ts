import type { Pass } from "./context";
import type { Ident } from "../../syntax/tree";
import { problem, type Problem } from "../../diagnostics/problem";
import { spanOf } from "../../syntax/span-of";

type Kind = "条款" | "角色" | "类别" | "标签" | "评级" | "评级规则" | "示例" | "诫勉原因";

/** Every id names one thing of its kind. */
export const reportDuplicateIds: Pass = ({ tree }) => {
  const problems: Problem[] = [];
  // One map of names per kind: a key of kind and name per id was a new string per clause.
  const seen = new Map<Kind, Map<string, Ident>>();
  const claim = (kind: Kind, id: Ident) => {
    let names = seen.get(kind);
    if (!names) seen.set(kind, (names = new Map()));
    const earlier = names.get(id.name);
    if (earlier) problems.push(problem("E0202", spanOf(id), { kind, name: id.name }, [`相关位置：第 ${spanOf(earlier).start.line} 行已定义`]));
    else names.set(id.name, id);
  };
  for (const item of tree.items) {
    switch (item.type) {
      case "Clause":
        claim("条款", item.id);
        break;
      case "RoleDef":
        claim("角色", item.id);
        break;
      case "CategoryDef":
        claim("类别", item.id);
        break;
      case "TagDef":
        claim("标签", item.id);
        break;
      case "Example":
        claim("示例", item.id);
        break;
      case "Rule": {
        const b = item.body;
        if (b.type === "CapRule") claim("评级规则", b.id);
        else if (b.type === "Trigger") claim("诫勉原因", b.reason);
        else if (b.type === "Grades") for (const g of b.grades) claim("评级", g);
        break;
      }
    }
  }
  return problems;
};
