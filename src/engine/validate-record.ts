/**
 * `validateRecord`: a record's check and its problems' messages at once, for the callers that show
 * them whenever there are any (`policy simulate`, the policy's examples, `policy diff --records`).
 * The calculator calls `checkRecord` and loads `record-messages.ts` only for a record with a problem.
 */
import { checkRecord, type Record } from "./record";
import { problemsFromFindings, type RecordProblem } from "./record-messages";
import type { PolicyVersions } from "./versions";

export type RecordValidation = { ok: true; record: Record } | { ok: false; problems: RecordProblem[] };

export function validateRecord(policies: PolicyVersions, json: unknown): RecordValidation {
  const check = checkRecord(policies, json);
  return check.ok ? check : { ok: false, problems: problemsFromFindings(policies, check.findings) };
}
