import { readFileSync } from "node:fs";
import { createHighlighter } from "shiki";
import { describe, expect, it } from "vitest";

const grammar = JSON.parse(readFileSync("grammar/policy.tmLanguage.json", "utf8"));
const lang = { ...grammar, name: "wenyou-policy" };

async function scopesOf(code: string): Promise<Map<string, string[]>> {
  const highlighter = await createHighlighter({ themes: ["github-light"], langs: [lang] });
  const lines = highlighter.codeToTokensBase(code, { lang: "wenyou-policy" as never, theme: "github-light", includeExplanation: true });
  const scopes = new Map<string, string[]>();
  for (const token of lines.flat())
    for (const part of token.explanation ?? [])
      scopes.set(part.content.trim(), part.scopes.map((s) => s.scopeName));
  return scopes;
}

describe("the TextMate grammar (Shiki, VS Code)", () => {
  it("marks keywords, names, text, numbers, dates, bounds and comments in a policy", async () => {
    const s = await scopesOf(
      [
        "生效 2006-01-01  # 生效日期",
        "条款 处罚8 「柜组无人接待」",
        "  扣分 2~3",
        "  罚款 200~300 元",
        "评级上限 评级1：积分 10（含）以下 且 投诉 1（含）以上 → 最高 B",
      ].join("\n"),
    );
    const has = (text: string, scope: string) => expect(s.get(text)?.join(" "), text).toContain(scope);
    has("生效", "keyword.control.block");
    has("2006-01-01", "constant.numeric.date");
    has("# 生效日期", "comment.line");
    has("条款", "keyword.control.block");
    has("处罚8", "entity.name.tag");
    has("扣分", "keyword.other.field");
    has("2", "constant.numeric");
    has("~", "keyword.operator.range");
    has("（含）", "keyword.operator.comparison");
    has("→", "keyword.operator.comparison");
    has("且", "keyword.other.inline");
    expect([...s.entries()].some(([text, scopes]) => text.includes("柜组无人接待") && scopes.some((x) => x.startsWith("string.quoted")))).toBe(true);
  });

  it("ships the same grammar in the VS Code extension", () => {
    expect(readFileSync("editors/vscode/syntaxes/policy.tmLanguage.json", "utf8")).toBe(readFileSync("grammar/policy.tmLanguage.json", "utf8"));
    const manifest = JSON.parse(readFileSync("editors/vscode/package.json", "utf8"));
    expect(manifest.contributes.grammars[0].scopeName).toBe(grammar.scopeName);
  });

  it("tokenises the whole shipped policy", async () => {
    const s = await scopesOf(readFileSync("policy/文明优质服务管理办法.policy", "utf8"));
    expect([...s.values()].flat().filter((x) => x.startsWith("keyword.control.block")).length).toBeGreaterThan(0);
  });
});
