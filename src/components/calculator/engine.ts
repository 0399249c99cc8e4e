/**
 * The engine as the calculator runs it, imported module by module rather than through
 * `engine/index`: the index also exports the Result zod schema, which the browser never runs but
 * would ship, with classic zod behind it (most of the island's weight). The record schema gets
 * zod/mini here (package.json `#zod`), which never compiles a parser with `new Function`: the
 * site's CSP holds without setting zod's `jitless`.
 */
import type { DepartmentResult, Result } from "../../engine/index";

export { checkRecord } from "../../engine/record";
export { simulate } from "../../engine/simulate";
export { describeAmounts } from "../../engine/explain";
export { formatMoney, formatPoints } from "../../engine/quantity";

/** The engine's `isDepartmentResult`, which lives beside the Result schema. */
export const isDepartmentResult = (result: Result): result is DepartmentResult => "people" in result;
