/**
 * ![C] and &[C] test one character with a sticky regular expression. Peggy takes the character as
 * a string first (a new one for each Chinese character; for a `u` class, from its code point).
 * Inside a lookahead nothing is reported, so the test reports nothing either.
 */
import { addCode, classSource, predicate, rewriteExpressions } from "./rewrite.mjs";

export function testLookaheads(ast) {
  const tests = [];
  rewriteExpressions(ast, (node) => {
    if ((node.type !== "simple_and" && node.type !== "simple_not") || node.expression.type !== "class" || node.expression.ignoreCase) return node;
    const cls = node.expression;
    const source = `/${classSource(cls)}/y${cls.unicode ? "u" : ""}`;
    let index = tests.indexOf(source);
    if (index === -1) index = tests.push(source) - 1;
    return predicate(node, `return peg$test(peg$testRe${index});`, node.type === "simple_not");
  });
  if (tests.length === 0) return;
  addCode(ast, "top-level", tests.map((source, i) => `const peg$testRe${i} = ${source};`).join("\n"));
  addCode(ast, "per-parse", `
  // Added by grammar/plugin/test-lookaheads.mjs.
  function peg$test(re) {
    re.lastIndex = peg$currPos;
    return re.test(input);
  }`);
}
