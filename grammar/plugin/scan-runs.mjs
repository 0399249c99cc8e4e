/**
 * A run of characters nobody reads one by one is matched at once, reporting the expectation
 * Peggy's loop would report where the run stops:
 *
 *   [C]*  [C]+  [C]|m..n|   the class, where the run stops (not after the nth); C may be a rule that is only a class
 *   (![C] .)*  (…)+         any character but C: only “any character”, at the end of the text
 *   (&[C] .)*  (…)+         a character of C that reports nothing (a silent [C])
 *
 * Peggy's loop makes a one-character string (a new one for each Chinese character), tests it with
 * a regular expression and appends it to an array, for every character.
 */
import { addCode, classExpectation, classMember, classSource, predicate, rewriteExpressions } from "./rewrite.mjs";

export function scanRuns(ast) {
  const ends = [];
  const reports = [];
  const classRules = new Map(ast.rules.filter((r) => r.expression.type === "class").map((r) => [r.name, r.expression]));
  rewriteExpressions(ast, (node) => {
    if (!node.unread) return node;
    const counted = node.type === "repeated" && countOf(node);
    if (node.type !== "zero_or_more" && node.type !== "one_or_more" && !counted) return node;
    const run = runOf(node.expression, classRules);
    if (!run || (counted && (run.report !== "class" || run.cls.unicode))) return node;
    const end = runEnd(run.cls, run.complement);
    let e = ends.findIndex((x) => x.code === end.code && x.top === end.top);
    if (e === -1) e = ends.push(end) - 1;
    const report = run.report === "class" ? JSON.stringify(classExpectation(run.cls)) : JSON.stringify(run.report);
    let r = reports.indexOf(report);
    if (r === -1) r = reports.push(report) - 1;
    if (counted) return predicate(node, `return peg$scanCount(peg$runEnd${e}(peg$currPos), ${counted.min}, ${counted.max}, peg$scanReport${r});`);
    return predicate(node, `return peg$scan(peg$runEnd${e}(peg$currPos), ${node.type === "one_or_more"}, peg$scanReport${r});`);
  });
  if (ends.length === 0) return;
  addCode(ast, "top-level", [
    ...reports.map((report, i) => `const peg$scanReport${i} = ${report};`),
    ...ends.flatMap((end, i) => (end.top ? [end.top.replaceAll("$N", i)] : [])),
  ].join("\n"));
  addCode(ast, "per-parse", `
  // Added by grammar/plugin/scan-runs.mjs: what Peggy's loop over a run does, with the expectation
  // reported where the loop would report it; peg$runEnd… finds where the run ends.
  function peg$scan(end, plus, report) {
    const matched = !plus || end > peg$currPos;
    if (matched) peg$currPos = end;
    if (peg$silentFails === 0 && report !== null) {
      if (report !== "any-at-end") peg$fail(report);
      else if (peg$currPos === input.length) peg$fail(peg$anyExpectation());
    }
    return matched;
  }
  // [C]|min..max|: the loop stops at max without another test, or reports where the class fails.
  function peg$scanCount(end, min, max, report) {
    const count = Math.min(end - peg$currPos, max);
    if (count < max && peg$silentFails === 0) {
      const at = peg$currPos;
      peg$currPos += count;
      peg$fail(report);
      peg$currPos = at;
    }
    if (count < min) return false;
    peg$currPos += count;
    return true;
  }
${ends.map((end, i) => end.code.replaceAll("$N", i)).join("\n")}`);
}

/**
 * The code of `peg$runEnd$N(p)`, the end of the run of [C] (or of everything but C) from p: a search
 * for the one character a run stops at, a loop over character codes for a short class, or a sticky
 * regular expression for a class of Unicode properties or many parts.
 */
function runEnd(cls, complement) {
  // The test of a character the run stops at; null for a class of Unicode properties or many parts.
  const stop = classMember(cls, !complement);
  if (stop && cls.inverted !== complement && cls.parts.length === 1 && typeof cls.parts[0] === "string") {
    return { code: `  function peg$runEnd$N(p) {
    const stop = input.indexOf(${JSON.stringify(cls.parts[0])}, p);
    return stop === -1 ? input.length : stop;
  }` };
  }
  if (stop) {
    return { code: `  function peg$runEnd$N(p) {
    for (const n = input.length; p < n; p++) {
      const c = input.charCodeAt(p);
      if (${stop}) break;
    }
    return p;
  }` };
  }
  return {
    top: `const peg$runRe$N = /${classSource(cls, complement)}*/y${cls.unicode ? "u" : ""};`,
    code: `  function peg$runEnd$N(p) {
    peg$runRe$N.lastIndex = p;
    peg$runRe$N.test(input);
    return peg$runRe$N.lastIndex;
  }`,
  };
}

/** X|min..max| with constant bounds and no separator: its bounds. */
function countOf(node) {
  if (node.delimiter || node.max.type !== "constant" || node.max.value === null) return null;
  const min = node.min ?? node.max;
  return min.type === "constant" ? { min: min.value, max: node.max.value } : null;
}

/** The run a repeated expression is, if it is one of the three shapes; a rule that is only a class counts as the class. */
function runOf(node, classRules) {
  const inner = node.type === "group" ? node.expression : node.type === "rule_ref" && classRules.has(node.name) ? classRules.get(node.name) : node;
  if (inner.type === "class" && !inner.ignoreCase) return { cls: inner, complement: false, report: "class" };
  if (inner.type !== "sequence" || inner.elements.length !== 2 || inner.elements[1].type !== "any") return null;
  const [look] = inner.elements;
  const cls = look.expression;
  if ((look.type !== "simple_not" && look.type !== "simple_and") || cls.type !== "class" || cls.ignoreCase || cls.unicode) return null;
  return look.type === "simple_not" ? { cls, complement: true, report: "any-at-end" } : { cls, complement: false, report: null };
}
