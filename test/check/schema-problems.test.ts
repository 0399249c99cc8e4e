/**
 * The schema is the last check: what it refuses and no pass reported is still a located problem,
 * never a thrown error. No policy text reaches it today (each refusal has its pass), so the draft is
 * changed by hand after the passes.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromTree } from "../../src/check/from-tree";
import { Policy } from "../../src/check/schema";
import { schemaProblems } from "../../src/check/schema-problems";
import { parse } from "../../src/syntax/parse";

const text = readFileSync("test/fixtures/mini.policy", "utf8");

function draftOf() {
  const parsed = parse(text);
  if (!parsed.ok) throw new Error("mini.policy does not parse");
  return fromTree(parsed.tree).policy;
}

describe("schemaProblems", () => {
  it("reports a value the schema refuses at the innermost part of the text that holds it, in Chinese", () => {
    const draft = draftOf();
    draft.repeat.factor = -2;
    draft.defaultLiability.shares[0]!.percent = -50;
    const issues = Policy.safeParse(draft).error?.issues ?? [];
    const problems = schemaProblems(draft, issues);
    const line = (word: string) => text.split("\n").findIndex((l) => l.startsWith(word)) + 1;
    expect(problems.map((p) => [p.code, p.message, p.span.start.line])).toEqual([
      ["E0507", "此处的值不被接受（defaultLiability.shares.0.percent：应不小于 0）", line("默认连带")],
      ["E0507", "此处的值不被接受（repeat.factor：应大于 0）", line("重犯加倍")],
    ]);
  });
});
