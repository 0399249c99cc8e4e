import type { Document } from "../../syntax/tree";
import { indexNodes } from "../../syntax/index-nodes";
import type { AnyNode } from "../../syntax/walk";
import type { Policy } from "../schema";
import type { Problem } from "../../diagnostics/problem";

/** What every check pass sees: the tree for locations, the draft policy for meaning. */
export interface CheckContext {
  tree: Document;
  policy: Policy;
  /** The tree's nodes by type: the passes that look for kinds of node share one walk. */
  nodes: NodeIndex;
}

export type Pass = (ctx: CheckContext) => Problem[];

export function checkContext(tree: Document, policy: Policy): CheckContext {
  return { tree, policy, nodes: new NodeIndex(indexNodes(tree)) };
}

export class NodeIndex {
  constructor(private readonly byType: ReadonlyMap<string, readonly AnyNode[]>) {}

  /**
   * The nodes of one type in walk order, a node before its children. A pass that reports at the
   * same place from a node and from its child visits the node's type first, as one walk would.
   */
  of<T>(type: string): readonly T[] {
    return (this.byType.get(type) ?? []) as readonly never[];
  }
}
