import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/syntax/parse";
import { print } from "../../src/syntax/print";
import { documentTree, withoutSpans } from "./arbitrary";

const shipped = readFileSync("policy/文明优质服务管理办法.policy", "utf8");

function reparse(text: string) {
  const result = parse(text);
  if (!result.ok) throw new Error(`${result.problem.message} at ${result.problem.span.start.line}:${result.problem.span.start.column}\n${text}`);
  return result.tree;
}

describe("the printer", () => {
  it("prints the shipped policy so that it parses back to the same tree", () => {
    const tree = reparse(shipped);
    expect(withoutSpans(reparse(print(tree)))).toEqual(withoutSpans(tree));
  });

  it("keeps the shipped policy in its canonical layout", () => {
    expect(print(reparse(shipped))).toBe(shipped);
  });

  // Law: for every tree t the grammar can produce, parse(print(t)) = t (spans aside).
  it("round-trips every generated policy through text", () => {
    fc.assert(
      fc.property(documentTree, (tree) => {
        expect(withoutSpans(reparse(print(tree)))).toEqual(withoutSpans(tree));
      }),
      { numRuns: 300 },
    );
  });
});
