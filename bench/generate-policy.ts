/**
 * Policies of any size made from the shipped one, for the parser and build benchmarks: its
 * definitions, rules and clauses (examples left out), then copies of its clauses under new ids
 * (生成39, 生成40, …), in chapters of 50 with a paragraph each, until the policy has `clauses`
 * clauses. The text is as varied as the shipped policy's and passes `policy check`.
 */
import { readFileSync } from "node:fs";

export const SHIPPED_POLICY = new URL("../policy/文明优质服务管理办法.policy", import.meta.url);
const CHAPTER = 50;

export function readShippedPolicy(): string {
  return readFileSync(SHIPPED_POLICY, "utf8");
}

/**
 * Top-level blocks: a line at column 0 (not a comment, not inside a 「…」 that runs over several
 * lines) with the indented, blank and continuation lines under it.
 */
function blocks(text: string): string[] {
  const out: string[] = [];
  let inString = false;
  for (const line of text.split("\n")) {
    const startsBlock = !inString && line !== "" && !/^[ \t\u3000#]/.test(line);
    if (startsBlock || out.length === 0) out.push(line);
    else out[out.length - 1] += `\n${line}`;
    for (const ch of line) {
      if (!inString && ch === "#") break;
      if (ch === "「") inString = true;
      else if (ch === "」") inString = false;
    }
  }
  return out;
}

export function generatePolicy(shipped: string, clauses: number): string {
  const kept = blocks(shipped).filter((block) => !block.startsWith("示例"));
  const originals = kept.filter((block) => block.startsWith("条款"));
  if (clauses < originals.length) throw new Error(`a generated policy has at least the shipped ${originals.length} clauses`);
  const parts = kept.map((block) => block.trimEnd());
  for (let n = originals.length + 1; n <= clauses; n++) {
    const offset = n - originals.length - 1;
    if (offset % CHAPTER === 0) {
      const chapter = offset / CHAPTER + 1;
      parts.push(`章 「附加条款（${chapter}）」`, `段 「本章条款由基准测试生成：第 ${n} 至 ${Math.min(clauses, n + CHAPTER - 1)} 条，内容取自原有条款。」`);
    }
    const original = originals[offset % originals.length] ?? "";
    // `条款 <id> 「<title>」` → `条款 生成<n> 「<title>（<n>）」`
    parts.push(original.trimEnd().replace(/^条款 \S+ 「([^」]*)」/, (_, title: string) => `条款 生成${n} 「${title}（${n}）」`));
  }
  return `${parts.join("\n\n")}\n`;
}
