import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexNodes } from "../../src/syntax/index-nodes";
import { parse } from "../../src/syntax/parse";
import { print } from "../../src/syntax/print";
import type { Document } from "../../src/syntax/tree";
import { walk, type AnyNode } from "../../src/syntax/walk";
import { documentTree } from "./arbitrary";

function walked(tree: Document): Map<string, AnyNode[]> {
  const byType = new Map<string, AnyNode[]>();
  walk(tree, (node) => byType.set(node.type, [...(byType.get(node.type) ?? []), node]));
  return byType;
}

const parsed = (text: string) => {
  const result = parse(text);
  return result.ok ? result.tree : null;
};

describe("indexNodes", () => {
  it("finds the nodes walk finds, in walk's order, in every policy and case that parses", () => {
    const files = [
      ...readdirSync("policy").map((f) => `policy/${f}`),
      "test/fixtures/mini.policy",
      ...readdirSync("test/check/cases").filter((f) => f.endsWith(".policy")).map((f) => `test/check/cases/${f}`),
    ];
    let trees = 0;
    for (const file of files) {
      const tree = parsed(readFileSync(file, "utf8"));
      if (!tree) continue;
      trees++;
      expect(indexNodes(tree), file).toEqual(walked(tree));
    }
    expect(trees).toBeGreaterThan(30);
  });

  it("finds the nodes walk finds in trees of every shape, as printed and parsed again", () => {
    fc.assert(
      fc.property(documentTree, (tree) => {
        const again = parsed(print(tree))!;
        expect(indexNodes(again)).toEqual(walked(again));
        // And in the generated tree itself, whose fields may come in another order.
        const sameNodes = (m: Map<string, AnyNode[]>) => new Map([...m].map(([type, nodes]) => [type, new Set(nodes)]));
        expect(sameNodes(indexNodes(tree))).toEqual(sameNodes(walked(tree)));
      }),
      { numRuns: 300 },
    );
  });
});
