import { z } from "zod";

/** A point in the source: 0-based offset, 1-based line and column (UTF-16 units, as editors count). */
export const Position = z.object({
  offset: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export const Span = z.object({ start: Position, end: Position });

export type Position = z.output<typeof Position>;
export type Span = z.output<typeof Span>;

/** The position of `offset` in `text`. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    // A line ends at "\n", "\r\n" or a lone "\r", as the grammar's Newline does.
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

export function spanAt(text: string, start: number, end: number): Span {
  return { start: positionAt(text, start), end: positionAt(text, end) };
}

/** Spans of generated nodes (examples built in code, defaults) point at the start of the file. */
export const NO_SPAN: Span = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };
