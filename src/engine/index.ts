/** The engine's public API: validate a record against a checked policy, simulate it, explain it. */
export { checkRecord, Record, RecordEvent, IndividualRecord, DepartmentRecord, isDepartmentRecord } from "./record";
export type { RecordCheck } from "./record";
export type { RecordFinding, RecordCode } from "./record-findings";
export { validateRecord, type RecordValidation } from "./validate-record";
export { formatPath, problemsFromFindings, type RecordProblem } from "./record-messages";
export { simulate } from "./simulate";
export { explainEntry, describeAmounts } from "./explain";
export { parseJsonText, type JsonTextResult } from "./json-text";
export {
  Result,
  IndividualResult,
  DepartmentResult,
  DepartmentPerson,
  DirectorResult,
  PersonResult,
  Entry,
  EntryReason,
  EventRef,
  Intervention,
  InterventionRule,
  GradeCapRule,
  isDepartmentResult,
} from "./result";
export { formatMoney, formatPoints } from "./quantity";
