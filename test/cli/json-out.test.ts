import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeJson } from "../../src/cli/json-out";

function written(value: unknown): { text: string; pieces: string[] } {
  const pieces: string[] = [];
  writeJson(value, (text) => void pieces.push(text));
  return { text: pieces.join(""), pieces };
}

describe("writeJson", () => {
  // Law: the pieces join to exactly what JSON.stringify(value, null, 2) gives, and a newline.
  it("writes the text of JSON.stringify(value, null, 2)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(written(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it("writes values JSON.stringify leaves out or turns into null as it does", () => {
    const value = { a: undefined, b: [undefined, () => 1, Symbol("s"), { c: [1] }], d: { toJSON: () => ["x"] }, e: [], f: {} };
    expect(written(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  // Law: a large value comes in several pieces, and each ends where a line ends.
  it("writes a large value in pieces that end at the end of a line", () => {
    const entries = Array.from({ length: 40_000 }, (_, i) => ({ date: "2024-01-01", clause: `处罚${i % 30}`, why: "说明".repeat(10), reason: { kind: "event", count: 1 } }));
    const { text, pieces } = written({ people: [{ name: "张三", entries }] });
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) expect(piece.endsWith("\n")).toBe(true);
    expect(JSON.parse(text)).toEqual({ people: [{ name: "张三", entries }] });
  });
});
