import { messages, type Code, type MessageArgs } from "./messages";
import type { Span } from "./span";

export type Severity = "error" | "warning" | "info";

/** A located problem: a stable code, a Chinese message, and notes (相关位置, 提示, 所在…). */
export interface Problem {
  code: Code;
  severity: Severity;
  message: string;
  span: Span;
  /** Lines shown under the excerpt, each already in Chinese (e.g. a “提示：是否想写…？” suggestion). */
  notes: string[];
  /** The file the span belongs to; set by whoever knows it (the CLI, the build). */
  file?: string;
}

/**
 * Build a problem from the message table: the code decides the severity and the text. The span is
 * copied into plain positions: a parse tree's spans work out their lines when read (grammar/policy.peggy),
 * and a problem's span is read, compared and sent between threads as data.
 */
export function problem<C extends Code>(code: C, span: Span, args: MessageArgs<C>, notes: string[] = []): Problem {
  const entry = messages[code];
  return { code, severity: entry.severity, message: entry.text(args as never), span: { start: span.start, end: span.end }, notes };
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === "error");
