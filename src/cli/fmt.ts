/** `policy fmt [--check] [FILES]`: rewrite policies in the canonical layout, comments kept. */
import { parse } from "../syntax/parse";
import { print } from "../syntax/print";
import { formatProblem } from "../diagnostics/format";
import type { Io } from "./io";
import { readText } from "./read";
import { policyFiles } from "./policy-files";

/** The canonical layout of a policy text, or the syntax problem that prevents one. */
export function format(text: string, file?: string): { ok: true; text: string } | { ok: false; message: string } {
  const parsed = parse(text);
  if (parsed.ok) return { ok: true, text: print(parsed.tree) };
  return { ok: false, message: formatProblem({ ...parsed.problem, file }, text) };
}

export async function fmtCommand(args: string[], io: Io): Promise<number> {
  const checkOnly = args.includes("--check");
  const files = await policyFiles(args, io);
  if (files === null) return 1;
  let failed = 0;
  for (const file of files) {
    const read = await readText(file, io);
    if (!read.ok) {
      io.stderr(read.message);
      failed++;
      continue;
    }
    const result = format(read.text, file);
    if (!result.ok) {
      io.stderr(result.message);
      failed++;
    } else if (result.text === read.text) {
      continue;
    } else if (checkOnly) {
      io.stdout(`未按统一格式排版：${file}（运行 npx policy fmt 排版）`);
      failed++;
    } else {
      await io.writeText(file, result.text);
      io.stdout(`已排版：${file}`);
    }
  }
  return failed > 0 ? 1 : 0;
}
