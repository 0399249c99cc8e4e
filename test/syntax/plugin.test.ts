import fc from "fast-check";
import peggy from "peggy";
import { describe, expect, it } from "vitest";
import * as plugin from "../../grammar/plugin/index.mjs";

// Everything the plugin rewrites, in the places a policy has it: runs under $ and in rules whose
// value nobody reads, keywords, lookaheads, separators, plucks, labels read by a predicate, a rule
// read in one place and ignored in another, named rules (silent inside) and unnamed ones.
const grammar = `
Start = Gap* items:(Item / Quoted / Spaced / Pair / Signed / Gap+ { return "gap"; })* tail:Tail { return [items, tail]; }
Gap = [ \\t]* "\\n"
Item = word:$[a-c]+ ![d-z] digits:$([0-9０-９]+ ("." [0-9]+)?)? _ { return [word, digits]; }
Quoted "quoted text" = "「" text:$[^」]* "」" _ { return text; }
Spaced = "#" text:$((![,;\\n] .)+ / (&[ \\t] .)+ ![,;])+ [,;\\n]? { return text; }
Pair = Key @Num|1.., Comma| Key? Key
Key "key" = "key" ![\\p{L}]u Colon
Num = d:$[0-9]+ &{ return d.length < 3; } { return Number(d); }
Signed = "$" [+\\-] [0-9０-９] _ { return "signed"; }
Comma = _ "," _ / __
Colon = _ "：:"? _
Tail = name:$([\\p{L}_]u [\\p{L}\\p{N}_]u*)? _ ("->" / "=>")? _ code:$(Dig|2| "." Dig|1..3|)? { return [name, code]; }
Dig = [0-9]
_ = [ \\t]*
__ = [ \\t]+
`;
const plain = peggy.generate(grammar);
const optimised = peggy.generate(grammar, { plugins: [plugin] });
const source = peggy.generate(grammar, { output: "source", plugins: [plugin] });

function outcome(parser: peggy.Parser, text: string) {
  try {
    return { value: parser.parse(text) };
  } catch (e) {
    const error = e as peggy.parser.SyntaxError;
    return { message: error.message, expected: error.expected, found: error.found, location: error.location };
  }
}

describe("the grammar plugin (grammar/plugin)", () => {
  it("gives the same values and the same syntax errors as Peggy's own code", () => {
    const text = fc.string({ unit: fc.constantFrom(..."ab c1０.9「」#,;\t\n字_éky：:->=$+", "key", "\n\n", " \n"), maxLength: 40 });
    fc.assert(
      fc.property(text, (t) => {
        expect(outcome(optimised, t)).toEqual(outcome(plain, t));
      }),
      { numRuns: 4000 },
    );
  });

  it("scans every run nobody reads character by character at once", () => {
    // [a-c]+, [0-9０-９]+, [0-9]+ (twice), [^」]*, (![,;\n] .)+, (&[ \t] .)+, [\p{L}\p{N}_]u*, [ \t]* (twice) and [ \t]+
    expect(source.match(/return peg\$scan\(peg\$runEnd\d+\(peg\$currPos\), (true|false)/g)?.length).toBe(11);
    const ends = source.match(/function peg\$runEnd\d+\(p\) \{\n.*/g)?.map((f) => f.split("\n")[1]!.trim());
    // A search for the one character [^」] stops at, a sticky regular expression for Unicode
    // properties, a loop over character codes for the others.
    const loop = "for (const n = input.length; p < n; p++) {";
    expect(ends).toEqual([loop, loop, loop, loop, 'const stop = input.indexOf("」", p);', loop, "peg$runRe6.lastIndex = p;"]);
    expect(source).toContain("const peg$runRe6 = /[\\p{L}\\p{N}\\u005f]*/yu;");
    // What stays Peggy's: a name's first letter, a class of Unicode properties.
    expect(source.match(/const peg\$r\d+ = .*/g)).toEqual(["const peg$r0 = /^[\\p{L}_]/u;"]);
  });

  it("tests one character of a class nobody reads by its code", () => {
    // [,;\n]? after a comment, the sign and digit of Signed, and the rule Dig, which no run calls any more.
    expect(source.match(/return peg\$class\d+\(\);/g)).toEqual(["return peg$class0();", "return peg$class1();", "return peg$class2();", "return peg$class3();"]);
    expect(source).toContain("if (c === 44 || c === 59 || c === 10) {");
    expect(source).toContain("if ((c >= 48 && c <= 57)) {");
    expect(source).toContain('const peg$classExpectation0 = {"type":"class","parts":[",",";","\\n"],"inverted":false,"ignoreCase":false,"unicode":false};');
  });

  it("tests unread words with startsWith and class lookaheads by character code", () => {
    expect(source).toContain('const peg$words = ["key","：:","->","=>"];');
    expect(source.match(/return peg\$test\d+\(\);/g)?.length).toBe(3);
    expect(source).toContain("return c === 44 || c === 59;");
    expect(source).toContain("return (c >= 100 && c <= 122);");
    // [\p{L}]u: ASCII from a table, the rest from a sticky regular expression.
    expect(source).toContain(`const peg$testAscii2 = "${"0".repeat(65)}${"1".repeat(26)}${"0".repeat(6)}${"1".repeat(26)}${"0".repeat(5)}";`);
    expect(source).toContain("const peg$testRe2 = /[\\p{L}]/yu;");
  });

  it("builds no array for a sequence and no string for a $ whose value nobody reads", () => {
    const unread = peggy.generate("Start = a:A B { return a; }\nA = $(\"x\" [a-c]+)\nB = \"y\" \"z\" $[0-9]*", { output: "source", plugins: [plugin] });
    const ruleB = unread.slice(unread.indexOf("function peg$parseB("), unread.indexOf("\n  }\n", unread.indexOf("function peg$parseB(")));
    expect(ruleB).not.toMatch(/\[s\d+, s\d+\]|input\.substring/);
    const ruleA = unread.slice(unread.indexOf("function peg$parseA("), unread.indexOf("\n  }\n", unread.indexOf("function peg$parseA(")));
    expect(ruleA).toContain("input.substring");
  });

  it("counts a run of a class, or of a rule that is only a class, up to its bounds", () => {
    expect(source.match(/return peg\$scanCount\(peg\$runEnd\d+\(peg\$currPos\), \d, \d/g)).toEqual([
      "return peg$scanCount(peg$runEnd3(peg$currPos), 2, 2",
      "return peg$scanCount(peg$runEnd3(peg$currPos), 1, 3",
    ]);
  });

  it("calls a rule repeated without collecting its values when nobody reads them", () => {
    expect(source.match(/while \(peg\$parseGap\(\) !== peg\$FAILED\) n\+\+; return n > (-1|0);/g)).toEqual([
      "while (peg$parseGap() !== peg$FAILED) n++; return n > -1;",
      "while (peg$parseGap() !== peg$FAILED) n++; return n > 0;",
    ]);
  });

  it("leaves values that are read alone", () => {
    const read = peggy.generate('Start = chars:[a-c]* word:"ab" pair:("c" "d") one:[x-z] { return [chars, word, pair, one]; }', { output: "source", plugins: [plugin] });
    expect(read).not.toMatch(/peg\$scan\(|peg\$word\(|peg\$class\d+\(/);
  });
});
