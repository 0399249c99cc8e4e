/**
 * A record's problems in words. The engine checks a record into findings (data); their Chinese
 * messages are in `engine/record-messages`, loaded the first time a record has a problem: a visit
 * whose records are all valid never loads it.
 */
import { useEffect, useState } from "preact/hooks";
import type { Policy } from "../../check/schema";
import type { RecordFinding, RecordProblem } from "../../engine/index";

export interface ShownProblem extends RecordProblem {
  /** `events[0].date：…`, as lists of the whole record's problems show it. */
  line: string;
}

export async function wordFindings(versions: readonly Policy[], findings: readonly RecordFinding[]): Promise<ShownProblem[]> {
  const { formatPath, problemsFromFindings } = await import("../../engine/record-messages");
  return problemsFromFindings(versions, findings).map((p) => ({ ...p, line: `${formatPath(p.path)}：${p.message}` }));
}

/** The findings in words once their messages are loaded (an empty list before, and for no findings). */
export function useWordedFindings(versions: readonly Policy[], findings: readonly RecordFinding[] | null): ShownProblem[] {
  const [worded, setWorded] = useState<{ findings: readonly RecordFinding[]; problems: ShownProblem[] } | null>(null);
  useEffect(() => {
    if (findings) void wordFindings(versions, findings).then((problems) => setWorded({ findings, problems }));
  }, [findings]);
  return findings && worded?.findings === findings ? worded.problems : [];
}
