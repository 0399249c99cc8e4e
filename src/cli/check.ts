/** `policy check [--json] [FILES]`: exit 0 when no file has an error, 1 otherwise. */
import { checkText } from "../check/index";
import { formatProblem, formatSummary } from "../diagnostics/format";
import type { Problem } from "../diagnostics/problem";
import type { Io } from "./io";
import { readText } from "./read";
import { policyFiles } from "./policy-files";


export async function checkCommand(args: string[], io: Io): Promise<number> {
  const json = args.includes("--json");
  const files = await policyFiles(args, io);
  if (files === null) return 1;
  const all: Problem[] = [];
  let unreadable = 0;
  const summaries: { file: string; title: string; clauses: number; errors: number; warnings: number }[] = [];
  for (const file of files) {
    const read = await readText(file, io);
    if (!read.ok) {
      io.stderr(read.message);
      unreadable++;
      continue;
    }
    const result = checkText(read.text, { file });
    all.push(...result.problems);
    const count = (s: string) => result.problems.filter((p) => p.severity === s).length;
    summaries.push({ file, title: result.title || file, clauses: result.clauseCount, errors: count("error"), warnings: count("warning") });
    if (!json) {
      for (const p of result.problems) io.stdout(formatProblem(p, read.text) + "\n");
      io.stdout(formatSummary(result.title || file, result.clauseCount, result.problems));
    }
  }
  if (json) io.stdout(JSON.stringify({ files: summaries, problems: all }, null, 2));
  return unreadable > 0 || all.some((p) => p.severity === "error") ? 1 : 0;
}
