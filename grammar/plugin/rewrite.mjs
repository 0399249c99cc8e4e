/** What the rewriting passes share: walking and replacing expressions, predicates, class source, added code. */

/** Add code to the grammar's top-level initializer (`{{ }}`, once per module) or per-parse one (`{ }`). */
export function addCode(ast, where, code) {
  const [key, type] = where === "top-level" ? ["topLevelInitializer", "top_level_initializer"] : ["initializer", "initializer"];
  const current = ast[key];
  const last = Array.isArray(current) ? current.at(-1) : current;
  if (last) last.code = `${last.code}\n${code}\n`;
  else ast[key] = { type, code, codeLocation: ast.location, location: ast.location };
}

/** A semantic predicate that stands for `node` and runs `code`. */
export function predicate(node, code, negative = false) {
  return { type: negative ? "semantic_not" : "semantic_and", code: ` ${code} `, codeLocation: node.location, location: node.location };
}

/** `[^」]` as regular-expression source, every character escaped; `complement` inverts it. */
export function classSource(cls, complement = false) {
  const char = (c) => {
    if (typeof c === "object") return `\\${c.value}`;
    const code = c.codePointAt(0);
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
  };
  const parts = cls.parts.map((part) => (Array.isArray(part) ? `${char(part[0])}-${char(part[1])}` : char(part)));
  return `[${cls.inverted !== complement ? "^" : ""}${parts.join("")}]`;
}

/**
 * A class of a few characters and ranges as a test of the character code `c` (true when `c` is one
 * of them, or for an inverted class when it is not), or null for any other class.
 */
export function classMember(cls, complement = false) {
  if (cls.unicode || cls.parts.length > 12 || !cls.parts.every((p) => typeof p === "string" || Array.isArray(p))) return null;
  const code = (c) => c.charCodeAt(0);
  const member = cls.parts.map((p) => (Array.isArray(p) ? `(c >= ${code(p[0])} && c <= ${code(p[1])})` : `c === ${code(p)}`)).join(" || ");
  return cls.inverted !== complement ? `!(${member})` : member;
}

/** The expectation Peggy reports when the class does not match, as its generated code builds it. */
export function classExpectation(cls) {
  const part = (c) => (typeof c === "object" ? `\\${c.value}` : c);
  return {
    type: "class",
    parts: cls.parts.map((p) => (Array.isArray(p) ? p.map(part) : part(p))),
    inverted: cls.inverted,
    ignoreCase: cls.ignoreCase,
    unicode: cls.unicode,
  };
}

/** Rebuild every expression of the grammar bottom-up: `rewrite(node, parent)` returns the node or its replacement. */
export function rewriteExpressions(ast, rewrite) {
  const visit = (node, parent) => {
    switch (node.type) {
      case "named":
      case "group":
      case "optional":
      case "zero_or_more":
      case "one_or_more":
      case "text":
      case "simple_and":
      case "simple_not":
      case "action":
      case "labeled":
        node.expression = visit(node.expression, node);
        break;
      case "repeated":
        node.expression = visit(node.expression, node);
        if (node.delimiter) node.delimiter = visit(node.delimiter, node);
        break;
      case "sequence":
        node.elements = node.elements.map((element) => visit(element, node));
        break;
      case "choice":
        node.alternatives = node.alternatives.map((alternative) => visit(alternative, node));
        break;
    }
    return rewrite(node, parent);
  };
  for (const rule of ast.rules) rule.expression = visit(rule.expression, rule);
}
