import type { Document } from "../../syntax/tree";
import { nodesOf, type AnyNode } from "../../syntax/walk";
import type { Policy } from "../schema";
import type { Problem } from "../../diagnostics/problem";

/** What every check pass sees: the tree for locations, the draft policy for meaning. */
export interface CheckContext {
  tree: Document;
  policy: Policy;
  /** Every node of the tree, in `walk` order: the passes that look for kinds of node share one walk. */
  nodes: readonly AnyNode[];
}

export type Pass = (ctx: CheckContext) => Problem[];

export function checkContext(tree: Document, policy: Policy): CheckContext {
  return { tree, policy, nodes: nodesOf(tree) };
}
