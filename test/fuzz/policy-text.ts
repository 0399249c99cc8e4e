/**
 * Random and mutated policy text, and the law every input must obey: the checker never throws,
 * and every problem it reports is located inside the text.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import assert from "node:assert/strict";
import { checkText } from "../../src/check/index";
import { formatProblem } from "../../src/diagnostics/format";

const shipped = readFileSync("policy/文明优质服务管理办法.policy", "utf8");
const mini = readFileSync("test/fixtures/mini.policy", "utf8");
const MAX = 20_000;

const mutation = fc.oneof(
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))),
  fc.array(fc.nat(), { minLength: 2, maxLength: 8 }).map((swaps) => (t: string) => {
    const lines = t.split("\n");
    for (let i = 0; i + 1 < swaps.length; i += 2) {
      const a = swaps[i]! % lines.length;
      const b = swaps[i + 1]! % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    }
    return lines.join("\n");
  }),
  fc.tuple(fc.nat(), fc.string({ unit: "binary", maxLength: 20 })).map(([at, s]) => (t: string) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1))),
  fc.tuple(fc.nat(), fc.nat(30)).map(([at, n]) => (t: string) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + t.slice(i + n);
  }),
  fc.constant((t: string) => "\uFEFF" + t),
  fc.constant((t: string) => t.replace(/\n/g, "\r\n")),
  fc.constant((t: string) => t.replace(/\n/g, "\r")),
  fc.nat().map((k) => (t: string) => t.replace(/\d+/g, (d, offset: number) => ((offset + k) % 7 === 0 ? "9".repeat(400) : d))),
  fc.nat(200).map((n) => (t: string) => t + "\n" + "条款 甲 「".repeat(n)),
  fc.nat(300).map((n) => (t: string) => t + "\n" + "  ".repeat(n) + "解释 「深」\n".repeat(n)),
  fc.constantFrom("「", "」", "#", "：", "~", "（含）", "以上", "→", "\n", "\t", "　", "、").chain((s) =>
    fc.nat().map((at) => (t: string) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1))),
  ),
);

/** A policy text: a shipped one mutated a few times, or random Unicode. */
export const policyText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(shipped, mini), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([t, ms]) => ms.reduce((acc, m) => m(acc), t).slice(0, MAX)),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(..."条款处罚扣分罚款 「」\n#：~12.0元连带当日合计以上（含）→最高示例事件预期"), maxLength: 400 }),
);

// Law: checkText(t) returns (never throws), and every problem lies inside t and can be printed.
export function checkerObeysLaw(text: string): void {
  const result = checkText(text);
  for (const p of result.problems) {
    assert.ok(0 <= p.span.start.offset && p.span.start.offset <= p.span.end.offset && p.span.end.offset <= text.length, `span outside the text: ${JSON.stringify(p)}`);
    assert.match(p.code, /^[EWI]\d{4}$/);
    assert.ok(p.message.length > 0);
    formatProblem(p, text);
  }
  if (result.policy === null) assert.ok(result.problems.some((p) => p.severity === "error"), "no policy but no error");
}
