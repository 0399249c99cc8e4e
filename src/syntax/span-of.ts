/**
 * A node's span, made when it is read. The parser keeps only two offsets on each node (and the
 * text's line starts, shared by all of them); of the tens of thousands of nodes of a large policy,
 * only those of messages and of the checked policy's parts ever have their span read.
 */
import type { Position, Span } from "../diagnostics/span";

/** What the grammar puts on every node for its span. */
export interface Located {
  /** Where each line of the text starts (offsets), shared by every node of a tree. */
  lineStarts: Int32Array;
  from: number;
  to: number;
}

/** Line and column are worked out when `start` or `end` is read; a plain { start, end } in JSON. */
class NodeSpan implements Span {
  constructor(
    private readonly lineStarts: Int32Array,
    private readonly from: number,
    private readonly to: number,
  ) {}
  get start(): Position {
    return position(this.lineStarts, this.from);
  }
  get end(): Position {
    return position(this.lineStarts, this.to);
  }
  toJSON(): Span {
    return { start: this.start, end: this.end };
  }
}

function position(lineStarts: Int32Array, offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { offset, line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

export function spanOf(node: Located): Span {
  return new NodeSpan(node.lineStarts, node.from, node.to);
}
