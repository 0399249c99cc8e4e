/**
 * A single character of a class of a few characters and ranges, whose value nobody reads, is a test
 * of its character code. Peggy takes the character as a string (a new one for each Chinese
 * character) and tests it with a regular expression: `Colon = _ [：:]? _` did so on every field line.
 * Runs of a class and lookaheads are matched before this pass (scan-runs, test-lookaheads).
 */
import { addCode, classExpectation, classMember, predicate, rewriteExpressions } from "./rewrite.mjs";

export function matchClasses(ast) {
  const classes = [];
  rewriteExpressions(ast, (node) => {
    if (!node.unread || node.type !== "class" || node.ignoreCase) return node;
    const member = classMember(node);
    if (!member) return node;
    const expected = JSON.stringify(classExpectation(node));
    let index = classes.findIndex((c) => c.member === member && c.expected === expected);
    if (index === -1) index = classes.push({ member, expected }) - 1;
    return predicate(node, `return peg$class${index}();`);
  });
  if (classes.length === 0) return;
  addCode(ast, "top-level", classes.map((c, i) => `const peg$classExpectation${i} = ${c.expected};`).join("\n"));
  addCode(ast, "per-parse", `
  // Added by grammar/plugin/match-classes.mjs: Peggy's test of one character of a class, without
  // the one-character string.
${classes.map((c, i) => `  function peg$class${i}() {
    if (peg$currPos < input.length) {
      const c = input.charCodeAt(peg$currPos);
      if (${c.member}) {
        peg$currPos++;
        return true;
      }
    }
    if (peg$silentFails === 0) peg$fail(peg$classExpectation${i});
    return false;
  }`).join("\n")}`);
}
