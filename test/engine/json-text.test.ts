import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonText } from "../../src/engine/json-text";

describe("parseJsonText", () => {
  // Law: for every JSON value v (with any indentation), parseJsonText(JSON.stringify(v)) gives v back.
  it("reads back whatever JSON.stringify writes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, indent) => {
        const result = parseJsonText(JSON.stringify(value, null, indent));
        expect(result).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
      }),
    );
  });

  // Law: whenever JSON.parse rejects a text, so does parseJsonText, with a position inside the text.
  it("rejects exactly the texts JSON.parse rejects, at a line and column inside them", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("{", "}", "[", "]", '"', ":", ",", "1", "-", "e", ".", " ", "\n", "a", "\\", "u", "n", "t", "r") }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const result = parseJsonText(text);
        expect(result.ok).toBe(valid);
        if (!result.ok) {
          const lines = text.split("\n");
          expect(result.line).toBeLessThanOrEqual(lines.length);
          expect(result.column).toBeLessThanOrEqual([...(lines[result.line - 1] ?? "")].length + 1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("points at the first character that breaks the JSON, counting columns in characters", () => {
    expect(parseJsonText('{\n  "名字": "张三",\n  "x": tru }')).toEqual({ ok: false, line: 3, column: 8, message: "意外的字符“t”" });
    expect(parseJsonText('{ "a": 1 ')).toMatchObject({ ok: false, line: 1, column: 10, message: "JSON 意外结束：缺少“}”" });
    expect(parseJsonText('"abc')).toMatchObject({ ok: false, message: "字符串没有结束（缺少“\"”）" });
    expect(parseJsonText("[1,]")).toMatchObject({ ok: false, line: 1, column: 4, message: "意外的字符“]”" });
  });

  it("accepts a leading byte-order mark", () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});
