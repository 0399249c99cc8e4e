/**
 * The published 办法's versions for the pages: each version's status on the build day, what it
 * changed against the one before (the 修订记录 page), and each clause's own changes (clause pages).
 */
import { current, versions } from "virtual:checked-policy";
import type { Policy } from "../check/schema";
import { clauseChangesText, diffLines, diffPolicies, type DiffLine } from "../diff";

export interface VersionView {
  version: string;
  effective: string;
  file: string;
  status: "current" | "superseded" | "upcoming";
  /** Against the version before it; empty for the first. */
  changes: DiffLine[];
}

export interface ClauseRevision {
  version: string;
  effective: string;
  /** `新增本条`, `删除本条`, or the changed fields: `罚款 50 元 → 100 元；原文有改动` */
  text: string;
}

const diffs = versions.map((v, i) => (i === 0 ? null : diffPolicies(versions[i - 1]!.policy, v.policy)));

export function versionViews(): VersionView[] {
  return versions.map(({ file, policy }, i) => ({
    version: policy.version,
    effective: policy.effective,
    file,
    status: i === current ? "current" : i < current ? "superseded" : "upcoming",
    changes: diffs[i] ? diffLines(diffs[i]!) : [],
  }));
}

/** How one clause changed from version to version, oldest first (nothing for a clause never amended). */
export function clauseRevisions(id: string): ClauseRevision[] {
  const revisions: ClauseRevision[] = [];
  diffs.forEach((diff, i) => {
    if (!diff) return;
    const { version, effective } = versions[i]!.policy;
    const changed = diff.clauses.changed.find((c) => c.id === id);
    if (diff.clauses.added.some((c) => c.id === id)) revisions.push({ version, effective, text: "新增本条" });
    else if (diff.clauses.removed.some((c) => c.id === id)) revisions.push({ version, effective, text: "删除本条" });
    else if (changed) revisions.push({ version, effective, text: clauseChangesText(changed) });
  });
  return revisions;
}

/** The versions other than the current one, for a sentence like “另有 2006 版（已被取代）”. */
export function otherVersions(): Policy[] {
  return versions.filter((_, i) => i !== current).map((v) => v.policy);
}
