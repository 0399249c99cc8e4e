import fc from "fast-check";
import peggy from "peggy";
import { describe, expect, it } from "vitest";
import * as scanTextRuns from "../../grammar/scan-text-runs.mjs";

// Every shape of run the pass replaces, in the places a policy has them: under `$`, labelled, in
// choices and repetitions, before a lookahead, inside a named rule and outside one.
const grammar = `
Start = items:(Item / Quoted / Spaced)* Tail { return items; }
Item = word:$[a-c]+ digits:$([0-9０-９]+ ("." [0-9]+)?)? _ { return [word, digits]; }
Quoted "quoted text" = "「" text:$[^」]* "」" _ { return text; }
Spaced = "#" text:$((![,;\\n] .)+ / (&[ \\t] .)+ ![,;])+ [,;\\n]? { return text; }
Tail = name:$([\\p{L}_]u [\\p{L}\\p{N}_]u*)? _ { return name; }
_ = $[ \\t]*
`;
const plain = peggy.generate(grammar);
const scanned = peggy.generate(grammar, { plugins: [scanTextRuns] });
const source = peggy.generate(grammar, { output: "source", plugins: [scanTextRuns] });

function outcome(parser: peggy.Parser, text: string) {
  try {
    return { value: parser.parse(text) };
  } catch (e) {
    const error = e as peggy.parser.SyntaxError;
    return { message: error.message, expected: error.expected, found: error.found, location: error.location };
  }
}

describe("scanTextRuns (grammar/scan-text-runs.mjs)", () => {
  it("replaces every run under $ with one sticky regular expression, and nothing else", () => {
    expect(source.match(/const peg\$scanRe\d+ = .*/g)).toEqual([
      "const peg$scanRe0 = /[\\u0061-\\u0063]+/y;",
      "const peg$scanRe1 = /[\\u0030-\\u0039\\uff10-\\uff19]+/y;",
      "const peg$scanRe2 = /[\\u0030-\\u0039]+/y;",
      "const peg$scanRe3 = /[^\\u300d]*/y;",
      "const peg$scanRe4 = /[^\\u002c\\u003b\\u000a]+/y;",
      "const peg$scanRe5 = /[\\u0020\\u0009]+/y;",
      "const peg$scanRe6 = /[\\p{L}\\p{N}\\u005f]*/yu;",
      "const peg$scanRe7 = /[\\u0020\\u0009]*/y;",
    ]);
    // The single characters stay Peggy's: a lookahead, an optional separator, a name's first letter.
    expect(source.match(/const peg\$r\d+ = .*/g)).toEqual(["const peg$r0 = /^[,;]/;", "const peg$r1 = /^[,;\\n]/;", "const peg$r2 = /^[\\p{L}_]/u;"]);
  });

  it("leaves runs whose characters are read alone", () => {
    const read = peggy.generate("Start = chars:[a-c]* { return chars; }", { output: "source", plugins: [scanTextRuns] });
    expect(read).not.toContain("peg$scan");
  });

  it("gives the same value or the same syntax error as Peggy's own loops", () => {
    const text = fc.string({ unit: fc.constantFrom(..."ab c1０.9「」#,;\t\n字_é"), maxLength: 40 });
    fc.assert(
      fc.property(text, (t) => {
        expect(outcome(scanned, t)).toEqual(outcome(plain, t));
      }),
      { numRuns: 3000 },
    );
  });
});
