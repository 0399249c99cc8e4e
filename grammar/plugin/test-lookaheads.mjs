/**
 * ![C] and &[C] test one character without making a string of it. Peggy takes the character as
 * a string first (a new one for each Chinese character; for a `u` class, from its code point).
 * Inside a lookahead nothing is reported, so the test reports nothing either.
 *
 * A class of a few characters and ranges is a test of the character code; any other class (such
 * as K's [\p{L}]u after every keyword) answers for ASCII from a table worked out here, and asks
 * a sticky regular expression about the rest.
 */
import { addCode, classMember, classSource, predicate, rewriteExpressions } from "./rewrite.mjs";

export function testLookaheads(ast) {
  const tests = [];
  rewriteExpressions(ast, (node) => {
    if ((node.type !== "simple_and" && node.type !== "simple_not") || node.expression.type !== "class" || node.expression.ignoreCase) return node;
    const test = testOf(node.expression);
    let index = tests.findIndex((t) => t.code === test.code && t.top === test.top);
    if (index === -1) index = tests.push(test) - 1;
    return predicate(node, `return peg$test${index}();`, node.type === "simple_not");
  });
  if (tests.length === 0) return;
  addCode(ast, "top-level", tests.flatMap((t, i) => (t.top ? [t.top.replaceAll("$N", i)] : [])).join("\n"));
  addCode(ast, "per-parse", `
  // Added by grammar/plugin/test-lookaheads.mjs.
${tests.map((t, i) => t.code.replaceAll("$N", i)).join("\n")}`);
}

function testOf(cls) {
  const member = classMember(cls);
  if (member) {
    return {
      code: `  function peg$test$N() {
    if (peg$currPos >= input.length) return false;
    const c = input.charCodeAt(peg$currPos);
    return ${member};
  }`,
    };
  }
  const source = `/${classSource(cls)}/y${cls.unicode ? "u" : ""}`;
  const re = new RegExp(`^${classSource(cls)}$`, cls.unicode ? "u" : "");
  const ascii = Array.from({ length: 128 }, (_, c) => (re.test(String.fromCharCode(c)) ? "1" : "0")).join("");
  return {
    top: `const peg$testRe$N = ${source};\nconst peg$testAscii$N = "${ascii}";`,
    code: `  function peg$test$N() {
    const c = input.charCodeAt(peg$currPos);
    if (c < 128) return peg$testAscii$N.charCodeAt(c) === 49;
    peg$testRe$N.lastIndex = peg$currPos;
    return peg$testRe$N.test(input);
  }`,
  };
}
