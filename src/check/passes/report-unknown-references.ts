import type { Pass } from "./context";
import type { Ident } from "../../syntax/tree";
import { problem, type Problem } from "../../diagnostics/problem";
import { didYouMean } from "../../diagnostics/suggest";

/** Every name used refers to something the policy defines; a near miss gets a suggestion. */
export const reportUnknownReferences: Pass = ({ nodes, policy }) => {
  const problems: Problem[] = [];
  const known = {
    条款: policy.clauses.map((c) => c.id),
    角色: policy.roles.map((r) => r.id),
    类别: policy.categories.map((c) => c.id),
    标签: policy.tags.map((t) => t.id),
    评级: policy.grading.grades,
    责任: policy.defaultLiability.shares.map((s) => s.responsibility),
    诫勉原因: policy.interventions.map((t) => t.reason),
  } as const;
  const check = (kind: keyof typeof known | "人员", id: Ident, extra: readonly string[] = []) => {
    const names = [...(kind === "人员" ? [] : known[kind]), ...extra];
    if (!names.includes(id.name)) problems.push(problem("E0201", id.span, { kind, name: id.name }, didYouMean(id.name, names)));
  };
  nodes.forEach((node) => {
    const n = node as never as Record<string, Ident> & { type: string };
    switch (node.type) {
      case "CategoryField":
        return check("类别", n.value!);
      case "RoleField":
      case "Liability":
      case "DefaultLiability":
        return check("角色", node.type === "RoleField" ? n.value! : n.role!);
      case "TagsField":
        return (node.values as Ident[]).forEach((v) => check("标签", v));
      case "Grades":
        return check("标签", n.tag!);
      case "LateFine":
        return check("条款", n.clause!);
      case "CapRule":
        return check("评级", n.cap!);
      case "Example":
        return checkExample(node as never, check, known.角色);
    }
  });
  return problems;
};

type Check = (kind: "条款" | "人员" | "责任" | "诫勉原因" | "评级", id: Ident, extra?: readonly string[]) => void;

/** Events name a person of the record; expectations a person or a role (the directors). */
function checkExample(example: import("../../syntax/tree").Example, check: Check, roles: readonly string[]) {
  const record = example.fields.find((f) => f.type === "RecordField");
  const subject = record?.type === "RecordField" ? record.subject : null;
  const people =
    subject === null ? [] : subject.type === "PersonSubject" ? [subject.name.name] : [subject.manager.name, ...subject.members.map((m) => m.name)];
  for (const f of example.fields) {
    if (f.type === "EventField") {
      check("条款", f.clause);
      if (f.person) check("人员", f.person, people);
      for (const x of f.fields) if (x.type === "EventResponsibility") check("责任", x.value);
    } else if (f.type === "ExpectField") {
      if (f.who) check("人员", f.who, [...people, ...roles]);
      for (const x of f.fields) {
        if (x.type === "ExpectInterventions") x.items.forEach((i) => check("诫勉原因", i.reason));
        if (x.type === "ExpectCap" && x.cap) check("评级", x.cap);
      }
    }
  }
}
