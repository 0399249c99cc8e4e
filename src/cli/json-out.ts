/**
 * `JSON.stringify(value, null, 2) + "\n"`, written in pieces of about `PIECE` characters, each ending
 * at the end of a line. A department's year of 100,000 events is about 150 MB of this text: as one
 * string (and the bytes made from it) it took 750 MB of memory; in pieces, a third of that.
 *
 * Arrays, and objects holding a non-empty array, are walked; the other elements of an array are
 * stringified a run at a time, and any other value whole, indented to its depth. The output is the
 * very text JSON.stringify gives (test/cli/json-out.test.ts checks it on arbitrary JSON).
 */
const INDENT = "  ";
const PIECE = 1 << 20;
/** Array elements stringified together (a call per element cost more than the rest of the writing). */
const RUN = 1000;

export function writeJson(value: unknown, write: (text: string) => void): void {
  const parts: string[] = [];
  let size = 0;
  const push = (text: string) => {
    parts.push(text);
    size += text.length;
  };
  /** Called where a line has just ended. */
  const lineEnd = () => {
    if (size < PIECE) return;
    write(parts.join(""));
    parts.length = 0;
    size = 0;
  };

  const walk = (node: unknown, depth: string): void => {
    if (Array.isArray(node) && node.length > 0) {
      push("[\n");
      for (let start = 0; start < node.length; ) {
        if (start > 0) push(",\n");
        lineEnd();
        if (isWalked(node[start])) {
          push(depth + INDENT);
          walk(node[start], depth + INDENT);
          start += 1;
          continue;
        }
        // A run of elements written whole: one JSON.stringify for up to RUN of them, nested in as
        // many arrays as `depth` has steps, so that JSON.stringify indents their lines to it; the
        // brackets are cut off.
        let end = start + 1;
        while (end < node.length && end - start < RUN && !isWalked(node[end])) end++;
        let run: unknown = node.slice(start, end);
        for (let level = 0; level < depth.length; level += INDENT.length) run = [run];
        const text = JSON.stringify(run, null, INDENT);
        const cut = bracketLines(depth);
        push(text.slice(cut, text.length - cut));
        start = end;
      }
      push(`\n${depth}]`);
      return;
    }
    if (isWalkedObject(node)) {
      const inner = depth + INDENT;
      let first = true;
      for (const [key, field] of Object.entries(node)) {
        if (field === undefined || typeof field === "function" || typeof field === "symbol") continue;
        push(first ? "{\n" : ",\n");
        lineEnd();
        push(`${inner}${JSON.stringify(key)}: `);
        walk(field, inner);
        first = false;
      }
      push(first ? "{}" : `\n${depth}}`);
      return;
    }
    const text = JSON.stringify(node, null, INDENT) ?? "null";
    push(depth === "" || !text.includes("\n") ? text : text.replaceAll("\n", `\n${depth}`));
  };

  walk(value, "");
  push("\n");
  write(parts.join(""));
}

/** The length of the `[` lines a run nested to `depth` begins with, and of the `]` lines it ends with. */
function bracketLines(depth: string): number {
  let length = 0;
  for (let indent = 0; indent <= depth.length; indent += INDENT.length) length += indent + 2;
  return length;
}

function isWalked(node: unknown): boolean {
  return (Array.isArray(node) && node.length > 0) || isWalkedObject(node);
}

/** A plain object (no toJSON of its own) with a non-empty array among its fields. */
function isWalkedObject(node: unknown): node is { [key: string]: unknown } {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return false;
  if (typeof (node as { toJSON?: unknown }).toJSON === "function") return false;
  for (const key in node) {
    if (Object.hasOwn(node, key)) {
      const field = (node as { [key: string]: unknown })[key];
      if (Array.isArray(field) && field.length > 0) return true;
    }
  }
  return false;
}
