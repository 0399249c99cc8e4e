/** A clause's lines in the current version's policy file, highlighted, for its page. */
import { source } from "virtual:checked-policy";
import type { Clause } from "../check/schema";
import { highlightPolicy, type Token } from "./highlight";

export interface ClauseSource {
  file: string;
  /** The first line's number in the file. */
  line: number;
  lines: Token[][];
}

export async function clauseSource(clause: Clause): Promise<ClauseSource> {
  const text = source.text.slice(clause.span.start.offset, clause.span.end.offset).replace(/\s+$/, "");
  return { file: source.file, line: clause.span.start.line, lines: await highlightPolicy(text) };
}
