/**
 * The nodes of a parse tree by type, each type's in the order `walk` visits them (a node before
 * its children, children in the order of the node's fields). The check passes share this one walk.
 *
 * It is `walk` written out for each type of node: `walk` reads every field of every node by name,
 * which for forty shapes of node cost more than half a JSON.parse of the checked policy.
 * test/syntax/index-nodes.test.ts checks that both find the same nodes in the same order.
 */
import type * as T from "./tree";
import type { AnyNode } from "./walk";

export type NodesByType = Map<string, AnyNode[]>;

export function indexNodes(tree: T.Document): NodesByType {
  const byType: NodesByType = new Map();
  const add = (node: { type: string }) => {
    const list = byType.get(node.type);
    if (list) list.push(node as AnyNode);
    else byType.set(node.type, [node as AnyNode]);
  };
  const number = (n: T.NumberLit) => add(n);
  const ident = (n: T.Ident | null) => n && add(n);
  const str = (n: T.Str | null) => n && add(n);
  const bound = (b: T.Bound) => {
    add(b);
    add(b.value);
  };
  const amount = (a: T.Amount | null) => {
    if (!a) return;
    add(a);
    if (a.kind === "fixed") add(a.value);
    else if (a.kind === "range") {
      add(a.min);
      add(a.max);
    }
  };
  const line = (n: T.Note | T.Original | T.Comment) => {
    add(n);
    if (n.type !== "Comment") add(n.text);
  };

  add(tree);
  for (const item of tree.items) {
    add(item);
    switch (item.type) {
      case "Title":
      case "Version":
        str(item.text);
        break;
      case "Effective":
        add(item.date);
        break;
      case "RoleDef":
      case "CategoryDef":
      case "TagDef":
        ident(item.id);
        str(item.title);
        break;
      case "Heading":
      case "Paragraph":
        str(item.text);
        item.notes.forEach(line);
        break;
      case "Rule":
        ruleBody(item.body);
        item.fields.forEach(line);
        break;
      case "Clause":
        ident(item.id);
        str(item.title);
        for (const f of item.fields) clauseField(f);
        break;
      case "Example":
        ident(item.id);
        str(item.title);
        for (const f of item.fields) exampleField(f);
        break;
    }
  }
  return byType;

  function ruleBody(b: T.RuleBody) {
    add(b);
    switch (b.type) {
      case "BasePoints":
        number(b.points);
        break;
      case "Trigger":
        ident(b.reason);
        add(b.condition);
        if (b.condition.type === "ScoreCondition") bound(b.condition.bound);
        else {
          number(b.condition.window);
          number(b.condition.count);
        }
        break;
      case "Consequences":
        b.items.forEach(add);
        break;
      case "DefaultLiability":
        ident(b.role);
        for (const s of b.shares) {
          add(s);
          ident(s.responsibility);
          number(s.percent);
        }
        break;
      case "Repeat":
        number(b.window);
        number(b.factor);
        break;
      case "LateFine":
        number(b.due);
        number(b.grace);
        ident(b.clause);
        break;
      case "Grades":
        b.grades.forEach(ident);
        ident(b.tag);
        break;
      case "CapRule":
        ident(b.id);
        bound(b.score);
        bound(b.complaints);
        ident(b.cap);
        str(b.text);
        break;
    }
  }

  function clauseField(f: T.ClauseField) {
    switch (f.type) {
      case "Original":
      case "Note":
      case "Comment":
        return line(f);
      case "CategoryField":
      case "RoleField":
      case "UnitField":
        add(f);
        return ident(f.value);
      case "PointsField":
      case "MoneyField":
        add(f);
        return amount(f.amount);
      case "TagsField":
        add(f);
        return f.values.forEach(ident);
      case "AliasesField":
        add(f);
        return f.values.forEach(add);
      case "NoRepeatField":
        return add(f);
      case "Liability":
        add(f);
        ident(f.role);
        if (f.group) str(f.group);
        if (f.threshold) bound(f.threshold);
        amount(f.points);
        return amount(f.money);
    }
  }

  function exampleField(f: T.ExampleField) {
    switch (f.type) {
      case "Note":
      case "Comment":
        return line(f);
      case "RecordField":
        add(f);
        number(f.year);
        add(f.subject);
        if (f.subject.type === "PersonSubject") ident(f.subject.name);
        else {
          ident(f.subject.manager);
          f.subject.members.forEach(ident);
        }
        return;
      case "EventField":
        add(f);
        add(f.date);
        ident(f.person);
        ident(f.clause);
        for (const x of f.fields) {
          add(x);
          if (x.type === "EventNumber") number(x.value);
          else if (x.type === "EventPaid") add(x.date);
          else ident(x.value);
        }
        return;
      case "ExpectField":
        add(f);
        ident(f.who);
        for (const x of f.fields) {
          add(x);
          if (x.type === "ExpectNumber") number(x.value);
          else if (x.type === "ExpectInterventions")
            for (const i of x.items) {
              add(i);
              add(i.date);
              ident(i.reason);
            }
          else ident(x.cap);
        }
    }
  }
}
