/**
 * A record's problems as data: a stable code, the JSON path, and what its message needs. The checks
 * (record-structure.ts, record-checks.ts) find them; `record-messages.ts` words them in Chinese, so
 * the calculator loads the words only for a record that has a problem. Every value here is JSON.
 * The field a message names is the path's last key (see `problemsFromFindings`), so no finding repeats it.
 */
import type { Amount } from "../check/schema";

export type Path = (string | number)[];

export interface FindingArgs {
  /** A value of the wrong JSON type: zod's name of the expected type, or null for a value of the right type in the wrong form. */
  R0101: { expected: string | null; actual: unknown };
  /** A required field is missing. */
  R0102: object;
  /** An unknown field. */
  R0103: object;
  /** An empty name or list. */
  R0104: { array: boolean };
  /** Neither or both of person and department. */
  R0105: object;

  /** An unknown clause; `version` is the position (oldest first) of the version that judged it, whose clauses the suggestion comes from. */
  R0201: { clause: string; version: number };
  R0202: { person: string; allowed: readonly string[] };
  R0203: { person: string };
  R0204: object;
  R0205: { clause: string; role: string; person: string };
  /** A clause that another version adds later (`added`) or has removed. */
  R0206: { clause: string; date: string; version: string; effective: string; added: boolean };

  R0301: { value: string };
  R0302: { date: string; year: number };
  R0303: { paid: string; date: string };

  R0401: { value: number };
  /** A range clause without the chosen value. */
  R0402: { clause: string; amount: Amount };
  R0403: { clause: string; amount: Amount; value: number };
  R0404: { clause: string };
  R0405: { clause: string; value: number };
  /** A value given for a fixed clause (another than its own) or for one without that amount. */
  R0406: { clause: string; amount: Amount; value: number };

  R0501: { value: string; allowed: readonly string[] };
  /** A liability field for a clause without that liability; `role` is the policy's manager role. */
  R0502: { clause: string; role: string };
  R0503: { clause: string; amount: Amount; value: number };
}

export type RecordCode = keyof FindingArgs;

export type FindingOf<C extends RecordCode> = { code: C; path: Path; args: FindingArgs[C] };

export type RecordFinding = { [C in RecordCode]: FindingOf<C> }[RecordCode];
