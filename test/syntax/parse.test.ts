import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/syntax/parse";
import { checkText } from "../../src/check/index";
import { withoutSpans } from "./arbitrary";
import { walk } from "../../src/syntax/walk";
import { spanOf, type Located } from "../../src/syntax/span-of";
import { spanAt, type Span } from "../../src/diagnostics/span";

const mini = readFileSync("test/fixtures/mini.policy", "utf8");
const FULL_WIDTH = "０１２３４５６７８９";

const tree = (text: string) => {
  const result = parse(text);
  if (!result.ok) throw new Error(result.problem.message);
  return withoutSpans(result.tree);
};

describe("the parser", () => {
  it("places spans and syntax errors on the same line whether lines end in LF, CRLF or a lone CR", () => {
    const broken = mini.replace("重犯加倍 30 天内", "重犯加倍 三十天");
    const line = mini.split("\n").findIndex((l) => l.startsWith("重犯加倍")) + 1;
    for (const newline of ["\n", "\r\n", "\r"]) {
      const text = broken.replaceAll("\n", newline);
      const parsed = parse(text);
      expect(parsed.ok, JSON.stringify(newline)).toBe(false);
      if (!parsed.ok) expect(parsed.problem.span.start, JSON.stringify(newline)).toMatchObject({ line, column: 6 });
      const checked = parse(mini.replaceAll("\n", newline));
      if (!checked.ok) throw new Error(`mini.policy does not parse with ${JSON.stringify(newline)}`);
      const repeat = checked.tree.items.find((item) => item.type === "Rule" && item.body.type === "Repeat");
      expect(repeat && spanOf(repeat).start, JSON.stringify(newline)).toMatchObject({ line, column: 1 });
    }
  });

  it("reads full-width digits as ordinary digits", () => {
    // Digits in the language itself, not in quoted text or comments, which stay as written.
    const fullWidth = mini
      .split(/(「[^」]*」|#[^\n]*)/)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(/[0-9]/g, (d) => FULL_WIDTH[Number(d)]!)))
      .join("");
    expect(fullWidth).toContain("扣分 ２~５");
    expect(tree(fullWidth)).toEqual(tree(mini));
  });

  it("accepts a colon after a keyword, full-width or not", () => {
    const colons = mini.replace("办法 「", "办法：「").replace("版本 「", "版本: 「").replace("  扣分 1\n", "  扣分：1\n");
    expect(tree(colons)).toEqual(tree(mini));
  });

  it("accepts Windows line ends and a byte-order mark", () => {
    expect(tree("\uFEFF" + mini.replace(/\n/g, "\r\n"))).toEqual(tree(mini));
  });

  it("accepts dates written 2024年3月1日 and 2024/3/1", () => {
    const a = checkText(mini.replace("生效 2024-01-01", "生效 2024年1月1日"));
    const b = checkText(mini.replace("生效 2024-01-01", "生效 2024/1/1"));
    expect(a.policy?.effective).toBe("2024-01-01");
    expect(b.policy?.effective).toBe("2024-01-01");
  });

  it("accepts ranges written with ～, - or 至", () => {
    for (const sep of ["～", "-", "至"]) {
      const policy = checkText(mini.replace("扣分 2~5", `扣分 2${sep}5`)).policy;
      expect(policy?.clauses.find((c) => c.id === "处罚2")?.points).toEqual({ kind: "range", min: 2, max: 5 });
    }
  });

  it("keeps comments on their own lines as nodes", () => {
    const result = parse("# 说明\n办法 「x」\n");
    expect(result.ok && result.tree.items[0]).toMatchObject({ type: "Comment", text: "说明" });
  });

  it("gives every node a span inside the text", () => {
    const result = parse(mini);
    const spans: { start: { offset: number }; end: { offset: number } }[] = [];
    const visit = (x: unknown): void => {
      if (Array.isArray(x)) return x.forEach(visit);
      if (!x || typeof x !== "object") return;
      const node = x as Record<string, unknown>;
      if (typeof node.type === "string") {
        expect(typeof node.from, String(node.type)).toBe("number");
        spans.push(spanOf(node as unknown as Located));
      }
      Object.entries(node).forEach(([k, v]) => k !== "lineStarts" && visit(v));
    };
    visit(result.ok && result.tree);
    expect(spans.length).toBeGreaterThan(100);
    for (const s of spans) {
      expect(s.start.offset).toBeLessThanOrEqual(s.end.offset);
      expect(s.end.offset).toBeLessThanOrEqual(mini.length);
    }
  });

  it("gives each span the line and column of its offsets, also in JSON, with any line ends", () => {
    for (const text of [mini, mini.replace(/\n/g, "\r\n"), `\n\n${mini}`]) {
      const result = parse(text);
      const spans: Span[] = [];
      if (result.ok) walk(result.tree, (node) => spans.push(spanOf(node as unknown as Located)));
      expect(spans.length).toBeGreaterThan(100);
      for (const s of spans) {
        const expected = spanAt(text, s.start.offset, s.end.offset);
        expect({ start: s.start, end: s.end }).toEqual(expected);
        expect(JSON.parse(JSON.stringify(s))).toEqual(expected);
      }
    }
  });
});
