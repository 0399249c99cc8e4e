/**
 * Files → histories: the checked files that share a 办法 title are successive versions of one
 * policy, ordered by their 生效 dates. Two versions may share neither a date nor a version name;
 * such a problem is located at the later file's 生效 or 版本 line.
 */
import { problem, type Problem } from "../diagnostics/problem";
import type { Span } from "../diagnostics/span";
import type { Document } from "../syntax/tree";
import type { Policy } from "./schema";
import { spanOf } from "../syntax/span-of";

export interface CheckedFile {
  file: string;
  policy: Policy;
  tree: Document;
}

export interface PolicyHistory {
  title: string;
  /** Oldest first; each is in force from its `effective` date until the next one's. */
  versions: { file: string; policy: Policy }[];
}

/** Group checked files into histories, in the order of each title's first file. */
export function groupVersions(files: readonly CheckedFile[]): { histories: PolicyHistory[]; problems: Problem[] } {
  const byTitle = new Map<string, CheckedFile[]>();
  for (const file of files) {
    const group = byTitle.get(file.policy.title);
    if (group) group.push(file);
    else byTitle.set(file.policy.title, [file]);
  }
  const problems: Problem[] = [];
  const histories = [...byTitle].map(([title, group]) => {
    const sorted = [...group].sort((a, b) => compare(a.policy.effective, b.policy.effective) || compare(a.file, b.file));
    sorted.forEach((later, i) => {
      for (const earlier of sorted.slice(0, i)) {
        if (earlier.policy.effective === later.policy.effective) {
          problems.push(located(problem("E0701", headerSpan(later.tree, "Effective"), { title, date: later.policy.effective, other: earlier.file }), later.file));
        }
        if (earlier.policy.version === later.policy.version) {
          problems.push(located(problem("E0702", headerSpan(later.tree, "Version"), { title, version: later.policy.version, other: earlier.file }), later.file));
        }
      }
    });
    return { title, versions: sorted.map(({ file, policy }) => ({ file, policy })) };
  });
  return { histories, problems };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function located(p: Problem, file: string): Problem {
  p.file = file;
  return p;
}

/** The span of the header line (`生效` or `版本`); a checked policy always has it. */
function headerSpan(tree: Document, type: "Effective" | "Version"): Span {
  const item = tree.items.find((i) => i.type === type);
  if (!item) throw new Error(`checked policy without a ${type} line`);
  return spanOf(item);
}
