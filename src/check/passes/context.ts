import type { Document } from "../../syntax/tree";
import type { Policy } from "../schema";
import type { Problem } from "../../diagnostics/problem";

/** What every check pass sees: the tree for locations, the draft policy for meaning. */
export interface CheckContext {
  tree: Document;
  policy: Policy;
}

export type Pass = (ctx: CheckContext) => Problem[];
