/** Any node of a parse tree: something with a `type` (and its span: `lineStarts`, `from`, `to`). */
export type AnyNode = { type: string } & Record<string, unknown>;

/**
 * Visit every node of a parse tree (anything with a `type`), depth first.
 * A `for…in` over the node's own fields, descending only into objects: every check pass walks the
 * whole tree, and `Object.entries` made an array per node (most of the check's time on a large policy).
 */
export function walk(node: unknown, visit: (node: AnyNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) if (typeof child === "object" && child !== null) walk(child, visit);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  if (typeof record.type === "string") visit(record as AnyNode);
  for (const key in record) {
    if (key === "lineStarts") continue;
    const value = record[key];
    if (typeof value === "object" && value !== null) walk(value, visit);
  }
}
