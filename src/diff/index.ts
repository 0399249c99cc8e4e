/** The diff stage's public API: two checked policies → their difference, as data and as text. */
export { diffPolicies, isEmptyDiff } from "./diff-policies";
export { renderDiff, diffLines, clauseChangesText, type DiffLine } from "./render";
export { compareRecord } from "./compare-record";
export { renderComparison } from "./render-records";
export * from "./schema";
