/** Text → parse tree, or one located syntax problem. */
import { parse as peggyParse, SyntaxError as PeggySyntaxError } from "./parser.js";
import type { Document } from "./tree";
import { problem, type Problem } from "../diagnostics/problem";
import { spanAt } from "../diagnostics/span";
import { didYouMean } from "../diagnostics/suggest";

export type ParseResult = { ok: true; tree: Document } | { ok: false; problem: Problem };

const WORD = /^[\p{L}\p{N}_.]+/u;

export function parse(text: string): ParseResult {
  try {
    // Silently first: the parser then records no expectations, which only a syntax error needs
    // (otherwise it records them at every failed alternative). A text with an error is parsed
    // again, recording them, which gives the error exactly as one parse would.
    return { ok: true, tree: peggyParse(text, { peg$silentFails: 1 }) as Document };
  } catch (e) {
    if (!(e instanceof PeggySyntaxError)) throw e;
  }
  try {
    return { ok: true, tree: peggyParse(text) as Document };
  } catch (e) {
    if (e instanceof PeggySyntaxError) return { ok: false, problem: fromSyntaxError(e, text) };
    throw e;
  }
}

function fromSyntaxError(e: PeggySyntaxError, text: string): Problem {
  // Point at the unexpected word, not at the spaces before it.
  const start = e.location.start.offset + (/^[ \t\u3000]*/.exec(text.slice(e.location.start.offset))?.[0].length ?? 0);
  if (e.message === "E0103") return problem("E0103", spanAt(text, start, start + 1), {});
  if (e.message === "E0104") return problem("E0104", spanAt(text, start, Math.max(start + 1, e.location.end.offset)), {});
  const word = WORD.exec(text.slice(start))?.[0] ?? "";
  const span = spanAt(text, start, Math.min(text.length, start + Math.max(1, word.length)));
  const keywords = expectedKeywords(e);
  // A word at the start of a line, where a keyword must stand, is a misspelt keyword.
  const atLineStart = /(^|\n)[ \t\u3000]*$/.test(text.slice(0, start));
  if (word && keywords.length > 0 && atLineStart) {
    return problem("E0102", span, { word }, [...didYouMean(word, keywords), `可以写：${keywords.join("、")}`]);
  }
  return problem("E0101", span, { expected: describeExpected(e), found: describeFound(text, start, word) });
}

/** Keywords have display names written “like this” in the grammar. */
function expectedKeywords(e: PeggySyntaxError): string[] {
  const names = (e.expected ?? []).map((x) => (x.type === "other" ? x.description : ""));
  return [...new Set(names.filter((n) => /^“.+”$/.test(n)).map((n) => n.slice(1, -1)))];
}

function describeExpected(e: PeggySyntaxError): string {
  const seen = new Set<string>();
  for (const x of e.expected ?? []) {
    if (x.type === "other") seen.add(x.description);
    else if (x.type === "literal") seen.add(`“${x.text}”`);
    else if (x.type === "end") seen.add("文件结尾");
  }
  const list = [...seen].filter((s) => !/^“[\r\n]+”$/.test(s));
  if (list.length === 0) return "行尾";
  return list.length > 8 ? `${list.slice(0, 8).join("、")}等` : list.join("、");
}

function describeFound(text: string, offset: number, word: string): string {
  if (offset >= text.length) return "文件结尾";
  if (word) return `“${word}”`;
  const ch = text[offset] ?? "";
  if (ch === "\n" || ch === "\r") return "行尾";
  return `“${ch}”`;
}
