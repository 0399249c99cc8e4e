/** Visit every node of a parse tree (anything with a `type` and a `span`), depth first. */
export function walk(node: unknown, visit: (node: { type: string } & Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  if (typeof record.type === "string") visit(record as { type: string } & Record<string, unknown>);
  for (const [key, value] of Object.entries(record)) if (key !== "span") walk(value, visit);
}
