/**
 * Successive versions of one policy, each in force from its 生效 date until the next one's. The
 * engine judges every dated thing by the version in force on its date (see README, "Versions").
 * Dates before the first version are judged by it: a single policy judges every date, which is what
 * a what-if comparison (`policy diff --records`) needs.
 */
import type { Policy } from "../check/schema";
import { toDay } from "./dates";
import { indexPolicy, type PolicyIndex } from "./policy-index";

export interface Versions {
  /** Oldest first. */
  readonly all: readonly PolicyIndex[];
  /** The version in force on a day number (the first one for days before it). */
  at(day: number): PolicyIndex;
  /** The first day of each version, parallel to `all`. */
  readonly from: readonly number[];
}

/** A policy, or the versions of one policy in any order; sorted by 生效 date. */
export type PolicyVersions = Policy | readonly Policy[];

export function indexVersions(policies: PolicyVersions): Versions {
  const list = (isPolicyList(policies) ? [...policies] : [policies]).sort((a, b) => (a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0));
  if (list.length === 0) throw new Error("indexVersions: no policy");
  const all = list.map(indexPolicy);
  const from = list.map((policy) => toDay(policy.effective));
  if (all.length === 1) return { all, from, at: () => all[0]! };
  return {
    all,
    from,
    at(day) {
      let i = all.length - 1;
      while (i > 0 && from[i]! > day) i--;
      return all[i]!;
    },
  };
}

function isPolicyList(policies: PolicyVersions): policies is readonly Policy[] {
  return Array.isArray(policies);
}
