/**
 * The browser's `#zod-compile` (package.json): the schema itself. The site's CSP forbids
 * `new Function`, and zod's compiler would be most of the calculator's script (and a third of the
 * editor's check worker).
 */
export function compiled<T>(schema: T): T {
  return schema;
}
