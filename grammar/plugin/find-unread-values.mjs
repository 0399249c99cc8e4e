/**
 * Marks `unread: true` on every expression whose value nothing reads: not an action (which reads
 * only its labels), not a label, not a pluck, not `$` (which reads only where its text ends), not
 * a lookahead, not a rule whose callers all ignore its value. A rule is read when a start rule or
 * a read place refers to it; that is found by repeating the walk until no more rules are read.
 */
export function findUnreadValues(ast, options) {
  const starts = options.allowedStartRules ?? [ast.rules[0].name];
  const read = new Set(starts.includes("*") ? ast.rules.map((r) => r.name) : starts);
  const mark = (node, isRead) => {
    node.unread = !isRead;
    switch (node.type) {
      case "rule_ref":
        if (isRead && !read.has(node.name)) {
          read.add(node.name);
          changed = true;
        }
        break;
      case "named":
      case "group":
      case "optional":
      case "zero_or_more":
      case "one_or_more":
        mark(node.expression, isRead);
        break;
      case "repeated":
        mark(node.expression, isRead);
        // The separators of X|.., D| are matched, not kept.
        if (node.delimiter) mark(node.delimiter, false);
        break;
      case "text":
      case "simple_and":
      case "simple_not":
      case "action":
        mark(node.expression, false);
        break;
      case "labeled":
        // A label may be read by any action or predicate in scope; a bare pluck only by whoever reads the sequence.
        mark(node.expression, node.label !== null || (node.pick === true && isRead));
        break;
      case "sequence": {
        // A sequence gives its plucked elements (@) if it has any, or else all of them.
        const plucks = node.elements.some((e) => e.type === "labeled" && e.pick);
        for (const element of node.elements) mark(element, isRead && (!plucks || (element.type === "labeled" && element.pick === true)));
        break;
      }
      case "choice":
        for (const alternative of node.alternatives) mark(alternative, isRead);
        break;
    }
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const rule of ast.rules) mark(rule.expression, read.has(rule.name));
  }
}
