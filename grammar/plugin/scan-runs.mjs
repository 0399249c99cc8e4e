/**
 * A run of characters nobody reads one by one is matched by one sticky regular expression, which
 * reports the expectation Peggy's loop would report where the run stops:
 *
 *   [C]*  [C]+          the class, where the run stops
 *   (![C] .)*  (…)+     any character but C: only “any character”, at the end of the text
 *   (&[C] .)*  (…)+     a character of C that reports nothing (a silent [C])
 *
 * Peggy's loop makes a one-character string (a new one for each Chinese character), tests it with
 * a regular expression and appends it to an array, for every character.
 */
import { addCode, classSource, predicate, rewriteExpressions } from "./rewrite.mjs";

export function scanRuns(ast) {
  const scans = [];
  rewriteExpressions(ast, (node) => {
    if (!node.unread || (node.type !== "zero_or_more" && node.type !== "one_or_more")) return node;
    const run = runOf(node.expression);
    if (!run) return node;
    const source = `/${classSource(run.cls, run.complement)}${node.type === "one_or_more" ? "+" : "*"}/y${run.cls.unicode ? "u" : ""}`;
    const report = run.report === "class" ? JSON.stringify(expectation(run.cls)) : JSON.stringify(run.report);
    let index = scans.findIndex((s) => s.source === source && s.report === report);
    if (index === -1) index = scans.push({ source, report }) - 1;
    return predicate(node, `return peg$scan(peg$scanRe${index}, peg$scanReport${index});`);
  });
  if (scans.length === 0) return;
  addCode(ast, "top-level", scans.map((s, i) => `const peg$scanRe${i} = ${s.source};\nconst peg$scanReport${i} = ${s.report};`).join("\n"));
  addCode(ast, "per-parse", `
  // Added by grammar/plugin/scan-runs.mjs: what Peggy's loop over a run does, in one regular
  // expression, with the expectation reported where the loop would report it.
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
