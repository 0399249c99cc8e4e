import { readFileSync } from "node:fs";
import peggy from "peggy";
import { describe, expect, it } from "vitest";
import * as plugin from "../../grammar/plugin/index.mjs";

describe("the generated parser", () => {
  it("is the one the current grammar generates (run `npm run grammar` after editing the grammar)", () => {
    const generated = peggy.generate(readFileSync("grammar/policy.peggy", "utf8"), {
      output: "source",
      format: "es",
      allowedStartRules: ["Policy"],
      plugins: [plugin],
    });
    expect(generated === readFileSync("src/syntax/parser.js", "utf8")).toBe(true);
  });
});
