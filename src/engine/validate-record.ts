/**
 * `validateRecord`: a record's check and, for a bad record, every problem with its message: the
 * reporting half of the record's validation (record-structure.ts, record-messages.ts). Node's
 * callers (`policy simulate`, the policy's examples, `policy diff --records`) import it; the
 * calculator decides with `checkRecord` and loads this file only to show a record's problems.
 */
import { checkRecord, type Record } from "./record";
import { problemsFromFindings, type RecordProblem } from "./record-messages";
import { findingsOf } from "./record-structure";
import type { PolicyVersions } from "./versions";

export { formatPath } from "./record-messages";

export type RecordValidation = { ok: true; record: Record } | { ok: false; problems: RecordProblem[] };

export function validateRecord(policies: PolicyVersions, json: unknown): RecordValidation {
  const check = checkRecord(policies, json);
  if (check.ok) return check;
  return { ok: false, problems: problemsFromFindings(policies, check.findings ?? findingsOf(policies, json)) };
}
