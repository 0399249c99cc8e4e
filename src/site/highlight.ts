/**
 * Policy source highlighted at build time by Shiki with the project's TextMate grammar (the one VS
 * Code uses). Tokens come back as classes, not inline colours: the site's CSS colours them in light
 * and dark mode, and the Content-Security-Policy needs no inline styles.
 */
import { createHighlighter } from "shiki";
import grammar from "../../grammar/policy.tmLanguage.json";

const LANG = "wenyou-policy";

export interface Token {
  text: string;
  /** A short class for the token's kind, or null for plain text. */
  kind: "comment" | "string" | "number" | "keyword" | "name" | "unit" | null;
}

/** The first matching scope prefix decides a token's kind. */
const KINDS: [prefix: string, kind: NonNullable<Token["kind"]>][] = [
  ["comment", "comment"],
  ["string", "string"],
  ["constant.numeric", "number"],
  ["entity.name", "name"],
  ["support.constant", "unit"],
  ["keyword", "keyword"],
  ["constant.language", "keyword"],
];

type Highlighter = Awaited<ReturnType<typeof createHighlighter>>;
let highlighter: Promise<Highlighter> | null = null;

/** One highlighter per build. The theme only satisfies Shiki: its colours are not used. */
function load(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: ["github-light"], langs: [{ ...grammar, name: LANG } as never] });
  return highlighter;
}

function kindOf(scopes: readonly string[]): Token["kind"] {
  for (const scope of [...scopes].reverse()) for (const [prefix, kind] of KINDS) if (scope.startsWith(prefix)) return kind;
  return null;
}

/** The lines of `code` as tokens, adjacent tokens of one kind merged. */
export async function highlightPolicy(code: string): Promise<Token[][]> {
  const shiki = await load();
  const lines = shiki.codeToTokensBase(code, { lang: LANG as never, theme: "github-light", includeExplanation: true });
  return lines.map((line) => {
    const tokens: Token[] = [];
    for (const part of line.flatMap((token) => token.explanation ?? [{ content: token.content, scopes: [] }])) {
      const kind = kindOf(part.scopes.map((s) => s.scopeName));
      const last = tokens.at(-1);
      if (last && last.kind === kind) last.text += part.content;
      else tokens.push({ text: part.content, kind });
    }
    return tokens;
  });
}
