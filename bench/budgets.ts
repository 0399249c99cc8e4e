/**
 * The budgets of issue 6, in one table: each section measures, this file says what the limit is.
 * A budget is never loosened to make a run pass; a miss is reported, and `--check` exits 1.
 */

export interface Budget {
  /** What is measured, e.g. `parse + check ÷ JSON.parse (10,000 clauses)`. */
  name: string;
  measured: number;
  op: "<=" | ">=";
  limit: number;
  unit: string;
  pass: boolean;
}

export const LIMITS = {
  /** Parse + check of a policy, against JSON.parse of the checked policy serialised. */
  parseVsJson: 5,
  /** Per-byte (parser) or per-event (engine) or per-page (build) cost at the largest size ÷ at the smallest. */
  flat: 1.3,
  /** Engine ÷ the hand-written loop specialised to the shipped policy. */
  engineVsLoop: 2,
  /** json-rules-engine ÷ engine. */
  peerVsEngine: 50,
  /** Script requests of a clause page before the search box is used. */
  clauseScripts: 0,
  /** KB gzip. */
  firstVisitKb: 50,
  calculatorJsKb: 30,
  /** KB transferred by the first search query. */
  queryKb: 100,
} as const;

export function budget(name: string, measured: number, op: Budget["op"], limit: number, unit = "×"): Budget {
  const pass = Number.isFinite(measured) && (op === "<=" ? measured <= limit : measured >= limit);
  return { name, measured, op, limit, unit, pass };
}

export const atMost = (name: string, measured: number, limit: number, unit?: string) => budget(name, measured, "<=", limit, unit);
export const atLeast = (name: string, measured: number, limit: number, unit?: string) => budget(name, measured, ">=", limit, unit);
