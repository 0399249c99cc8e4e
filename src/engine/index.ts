/** The engine's public API: validate a record against a checked policy, simulate it, explain it. */
export { validateRecord, Record, RecordEvent, IndividualRecord, DepartmentRecord, isDepartmentRecord } from "./record";
export type { RecordValidation, RecordProblem } from "./record";
export { formatPath } from "./record-messages";
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
