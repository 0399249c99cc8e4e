/**
 * A Peggy plugin with one pass, `scanTextRuns`: inside `$…`, a run of characters of one class is
 * matched by a single sticky regular expression. Three shapes of run:
 *
 *   [C]*  [C]+          reports the class where the run stops, as Peggy's own loop does
 *   (![C] .)*  (…)+     any character but C; reports only “any character” at the end of the text
 *   (&[C] .)*  (…)+     a character of C that reports nothing (a silent [C])
 *
 * Peggy matches a class one character at a time: a one-character string (a new string for every
 * Chinese character), a regular-expression test and an array element each, all thrown away by
 * `$`. Most of a policy's text is runs like these (quoted text, comments, spaces, digits, names).
 * The scan matches the same characters, leaves the parser at the same position and reports the
 * same expectations there, so results and syntax errors are unchanged; `npm run grammar` and
 * test/syntax/parser.test.ts both generate with it.
 *
 * Only runs whose characters nobody reads are replaced: under `$`, with no label or action between.
 */

/** Where the pass goes: after Peggy merges `"a" / [b-c]` into one class, before it infers what always matches. */
export function use(config) {
  const passes = config.passes.transform;
  const at = passes.findIndex((pass) => pass.name === "inferenceMatchResult");
  passes.splice(at === -1 ? passes.length : at, 0, scanTextRuns);
}

export function scanTextRuns(ast) {
  const scans = [];
  const replace = (repeat, run) => {
    const source = `/${classSource(run.cls, run.complement)}${repeat.type === "one_or_more" ? "+" : "*"}/y${run.cls.unicode ? "u" : ""}`;
    let index = scans.findIndex((s) => s.source === source && s.report === run.report);
    if (index === -1) index = scans.push({ source, report: run.report, cls: run.cls }) - 1;
    return {
      type: "semantic_and",
      code: ` return peg$scan(peg$scanRe${index}, peg$scanReport${index}); `,
      codeLocation: repeat.location,
      location: repeat.location,
    };
  };

  /** `unread`: the node's value is thrown away (it is under `$`, with no label or action in between). */
  const visit = (node, unread) => {
    const run = unread && (node.type === "zero_or_more" || node.type === "one_or_more") ? runOf(node.expression) : null;
    if (run) return replace(node, run);
    switch (node.type) {
      case "text":
        node.expression = visit(node.expression, true);
        break;
      case "labeled":
      case "action":
        node.expression = visit(node.expression, false);
        break;
      case "named":
      case "group":
      case "optional":
      case "zero_or_more":
      case "one_or_more":
        node.expression = visit(node.expression, unread);
        break;
      case "simple_and":
      case "simple_not":
        node.expression = visit(node.expression, true);
        break;
      case "repeated":
        node.expression = visit(node.expression, unread);
        if (node.delimiter) node.delimiter = visit(node.delimiter, unread);
        break;
      case "sequence":
        node.elements = node.elements.map((element) => visit(element, unread));
        break;
      case "choice":
        node.alternatives = node.alternatives.map((alternative) => visit(alternative, unread));
        break;
    }
    return node;
  };
  for (const rule of ast.rules) rule.expression = visit(rule.expression, false);
  if (scans.length === 0) return;

  const report = ({ report, cls }) =>
    report === "class" ? JSON.stringify(expectation(cls)) : report === "any-at-end" ? '"any-at-end"' : "null";
  append(ast, "topLevelInitializer", "top_level_initializer", scans.map((scan, i) => [
    `const peg$scanRe${i} = ${scan.source};`,
    `const peg$scanReport${i} = ${report(scan)};`,
  ].join("\n")).join("\n"));
  append(ast, "initializer", "initializer", `
  // Added by grammar/scan-text-runs.mjs: what Peggy's loop over the run would do, in one regular
  // expression, with the same expectation reported where the loop would report it.
  function peg$scan(re, report) {
    re.lastIndex = peg$currPos;
    const matched = re.test(input);
    if (matched) peg$currPos = re.lastIndex;
    if (peg$silentFails === 0 && report !== null) {
      if (report !== "any-at-end") peg$fail(report);
      else if (peg$currPos === input.length) peg$fail(peg$anyExpectation());
    }
    return matched;
  }`);
}

/** The run a repeated expression is, if it is one of the three shapes. */
function runOf(node) {
  const inner = node.type === "group" ? node.expression : node;
  if (inner.type === "class" && !inner.ignoreCase) return { cls: inner, complement: false, report: "class" };
  if (inner.type !== "sequence" || inner.elements.length !== 2 || inner.elements[1].type !== "any") return null;
  const [look] = inner.elements;
  const cls = look.expression;
  if ((look.type !== "simple_not" && look.type !== "simple_and") || cls.type !== "class" || cls.ignoreCase || cls.unicode) return null;
  return look.type === "simple_not" ? { cls, complement: true, report: "any-at-end" } : { cls, complement: false, report: null };
}

/** `[^」]` as regular-expression source, every character escaped. */
function classSource(cls, complement) {
  const char = (c) => {
    if (typeof c === "object") return `\\${c.value}`;
    const code = c.codePointAt(0);
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
  };
  const parts = cls.parts.map((part) => (Array.isArray(part) ? `${char(part[0])}-${char(part[1])}` : char(part)));
  return `[${cls.inverted !== complement ? "^" : ""}${parts.join("")}]`;
}

/** The expectation Peggy reports when the class does not match, as its generated code builds it. */
function expectation(cls) {
  const part = (c) => (typeof c === "object" ? `\\${c.value}` : c);
  return {
    type: "class",
    parts: cls.parts.map((p) => (Array.isArray(p) ? p.map(part) : part(p))),
    inverted: cls.inverted,
    ignoreCase: cls.ignoreCase,
    unicode: cls.unicode,
  };
}

/** Add code to the grammar's top-level (`{{ }}`) or per-parse (`{ }`) initializer. */
function append(ast, key, type, code) {
  const current = ast[key];
  const last = Array.isArray(current) ? current.at(-1) : current;
  if (last) last.code = `${last.code}\n${code}\n`;
  else ast[key] = { type, code, codeLocation: ast.location, location: ast.location };
}
