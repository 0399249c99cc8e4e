/**
 * A record's problems in words. The calculator decides with the engine's `checkRecord` (data only);
 * the reporting half (engine/validate-record: a malformed record's structure, the Chinese messages,
 * the 是否想写 suggestion) is loaded the first time a record has a problem: a visit whose records are
 * all good never loads it.
 */
import { useEffect, useState } from "preact/hooks";
import type { Policy } from "../../check/schema";
import type { RecordProblem } from "../../engine/index";

export interface ShownProblem extends RecordProblem {
  /** `events[0].date：…`, as lists of a whole record's problems show it. */
  line: string;
}

export async function recordProblems(versions: readonly Policy[], json: unknown): Promise<ShownProblem[]> {
  const { formatPath, validateRecord } = await import("../../engine/validate-record");
  const validation = validateRecord(versions, json);
  return validation.ok ? [] : validation.problems.map((p) => ({ ...p, line: `${formatPath(p.path)}：${p.message}` }));
}

/** The problems of a record its check rejected (`bad`), once they are worded: none before, and none for a good record. */
export function useRecordProblems(versions: readonly Policy[], json: unknown, bad: boolean): ShownProblem[] {
  const [shown, setShown] = useState<{ json: unknown; problems: ShownProblem[] } | null>(null);
  useEffect(() => {
    if (bad) void recordProblems(versions, json).then((problems) => setShown({ json, problems }));
  }, [json, bad]);
  return bad && shown !== null && shown.json === json ? shown.problems : [];
}
