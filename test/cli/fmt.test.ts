import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { format } from "../../src/cli/fmt";
import { parse } from "../../src/syntax/parse";
import { print } from "../../src/syntax/print";
import { documentTree, withoutSpans } from "../syntax/arbitrary";
import { runCli } from "./run";

const shipped = readFileSync("policy/文明优质服务管理办法.policy", "utf8");
const mini = readFileSync("test/fixtures/mini.policy", "utf8");

const fmt = (text: string) => {
  const result = format(text);
  if (!result.ok) throw new Error(result.message);
  return result.text;
};
const tree = (text: string) => {
  const result = parse(text);
  if (!result.ok) throw new Error(result.problem.message);
  return withoutSpans(result.tree);
};

/**
 * Re-lay a text without changing its meaning: extra blank lines between lines, other indentation
 * of indented lines, colons after the first keyword. Lines inside a multi-line 「…」 are left alone.
 */
const messy = (text: string, choices: number[]) => {
  let inString = false;
  return text
    .split("\n")
    .map((line, i) => {
      const choice = choices[i % choices.length]!;
      const wasInString = inString;
      for (const ch of line) if (ch === "「") inString = true; else if (ch === "」") inString = false;
      if (wasInString || line === "") return line;
      let out = line;
      if (choice % 3 === 1 && /^ +\S/.test(out)) out = out.replace(/^ +/, "\t");
      if (choice % 3 === 2 && /^ +\S/.test(out)) out = out.replace(/^ +/, "      ");
      if (choice % 5 === 0 && /^\s*(办法|版本|段|原文|解释) 「/.test(out)) out = out.replace(/ 「/, "：「");
      return choice % 4 === 0 ? `\n${out}` : out;
    })
    .join("\n");
};

describe("policy fmt", () => {
  it("leaves the shipped policy as it is: it is already in the canonical layout", async () => {
    const { code, stdout } = await runCli(["fmt", "--check"]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
  });

  it("with --check, names a file that is not laid out canonically and fails without writing", async () => {
    const writes: string[] = [];
    const { code, stdout } = await runCli(["fmt", "--check", "x.policy"], {
      size: async () => ({ bytes: 10, directory: false }),
      readBytes: async () => new TextEncoder().encode(mini.replace("  扣分 1\n", "扣分：1\n")),
      writeText: async (p) => void writes.push(p),
    });
    expect(code).toBe(1);
    expect(stdout).toContain("未按统一格式排版：x.policy");
    expect(writes).toEqual([]);
  });

  it("rewrites a file in the canonical layout", async () => {
    const written = new Map<string, string>();
    const { code, stdout } = await runCli(["fmt", "x.policy"], {
      size: async () => ({ bytes: 10, directory: false }),
      readBytes: async () => new TextEncoder().encode(messy(mini, [1, 2, 4, 5])),
      writeText: async (p, t) => void written.set(p, t),
    });
    expect(code).toBe(0);
    expect(stdout).toContain("已排版：x.policy");
    expect(written.get("x.policy")).toBe(fmt(mini));
  });

  it("refuses a file with a syntax error, shows where, and does not touch it", async () => {
    const writes: string[] = [];
    const { code, stderr } = await runCli(["fmt", "test/check/cases/syntax-misspelt-field-keyword.policy"], {
      writeText: async (p) => void writes.push(p),
    });
    expect(code).toBe(1);
    expect(stderr).toContain("test/check/cases/syntax-misspelt-field-keyword.policy:40:3");
    expect(writes).toEqual([]);
  });

  it("keeps comments, on their own lines and at the ends of lines", () => {
    const text = "# 开头\n办法 「x」  # 名称\n\n条款 甲1 「t」\n  # 字段前\n  类别 处罚  # 类别\n";
    expect(fmt(text)).toContain("# 开头");
    expect(fmt(text)).toContain("办法 「x」  # 名称");
    expect(fmt(text)).toContain("  # 字段前");
    expect(fmt(text)).toContain("  类别 处罚  # 类别");
  });

  // Laws: fmt(fmt(x)) = fmt(x), and parse(fmt(x)) = parse(x), whatever the layout of x.
  it("is idempotent and keeps the meaning of the shipped policy however it is laid out", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(59), { minLength: 1, maxLength: 20 }), (choices) => {
        const x = messy(shipped, choices);
        expect(fmt(fmt(x))).toBe(fmt(x));
        expect(tree(fmt(x))).toEqual(tree(x));
      }),
      { numRuns: 20 },
    );
  });

  it("is idempotent and keeps the meaning of generated policies", () => {
    fc.assert(
      fc.property(documentTree, fc.array(fc.nat(59), { minLength: 1, maxLength: 20 }), (doc, choices) => {
        const x = messy(print(doc), choices);
        expect(fmt(fmt(x))).toBe(fmt(x));
        expect(tree(fmt(x))).toEqual(tree(x));
      }),
      { numRuns: 200 },
    );
  });
});
