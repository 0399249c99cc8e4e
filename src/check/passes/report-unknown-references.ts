import type { Pass } from "./context";
import type { CapRule, Example, Grades, Ident, LateFine } from "../../syntax/tree";
import { problem, type Problem } from "../../diagnostics/problem";
import { didYouMean } from "../../diagnostics/suggest";
import { spanOf } from "../../syntax/span-of";

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
  const sets = new Map<keyof typeof known, Set<string>>();
  const isKnown = (kind: keyof typeof known, name: string) => {
    let set = sets.get(kind);
    if (!set) sets.set(kind, (set = new Set(known[kind])));
    return set.has(name);
  };
  const check = (kind: keyof typeof known | "人员", id: Ident, extra: readonly string[] = []) => {
    if ((kind !== "人员" && isKnown(kind, id.name)) || extra.includes(id.name)) return;
    const names = [...(kind === "人员" ? [] : known[kind]), ...extra];
    problems.push(problem("E0201", spanOf(id), { kind, name: id.name }, didYouMean(id.name, names)));
  };
  for (const f of nodes.of<{ value: Ident }>("CategoryField")) check("类别", f.value);
  for (const f of nodes.of<{ value: Ident }>("RoleField")) check("角色", f.value);
  for (const type of ["Liability", "DefaultLiability"]) for (const l of nodes.of<{ role: Ident }>(type)) check("角色", l.role);
  for (const f of nodes.of<{ values: Ident[] }>("TagsField")) for (const v of f.values) check("标签", v);
  for (const g of nodes.of<Grades>("Grades")) check("标签", g.tag);
  for (const f of nodes.of<LateFine>("LateFine")) check("条款", f.clause);
  for (const r of nodes.of<CapRule>("CapRule")) check("评级", r.cap);
  for (const e of nodes.of<Example>("Example")) checkExample(e, check, known.角色);
  return problems;
};

type Check = (kind: "条款" | "人员" | "责任" | "诫勉原因" | "评级", id: Ident, extra?: readonly string[]) => void;

/** Events name a person of the record; expectations a person or a role (the directors). */
function checkExample(example: Example, check: Check, roles: readonly string[]) {
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
