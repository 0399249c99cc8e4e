/**
 * A literal of two or more characters whose value nobody reads is tested with startsWith. Peggy
 * takes a substring of the text at every test, a new string each time, and compares it; a keyword
 * line tests several keywords before the one it has.
 */
import { addCode, predicate, rewriteExpressions } from "./rewrite.mjs";

export function matchWords(ast) {
  const words = [];
  rewriteExpressions(ast, (node) => {
    if (!node.unread || node.type !== "literal" || node.value.length < 2 || node.ignoreCase) return node;
    let index = words.indexOf(node.value);
    if (index === -1) index = words.push(node.value) - 1;
    return predicate(node, `return peg$word(${index});`);
  });
  if (words.length === 0) return;
  addCode(ast, "top-level", `const peg$words = ${JSON.stringify(words)};
const peg$wordExpectations = peg$words.map((text) => ({ type: "literal", text, ignoreCase: false }));`);
  addCode(ast, "per-parse", `
  // Added by grammar/plugin/match-words.mjs: Peggy's test of a literal, without the substring.
  function peg$word(index) {
    const word = peg$words[index];
    if (input.startsWith(word, peg$currPos)) {
      peg$currPos += word.length;
      return true;
    }
    if (peg$silentFails === 0) peg$fail(peg$wordExpectations[index]);
    return false;
  }`);
}
