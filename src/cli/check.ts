/** `policy check [--json] [FILES]`: exit 0 when no file has an error, 1 otherwise. */
import { checkText } from "../check/index";
import { formatProblem, formatSummary } from "../diagnostics/format";
import type { Problem } from "../diagnostics/problem";
import type { Io } from "./io";
import { readText } from "./read";
import { policyFiles } from "./policy-files";
import { coverage, type Coverage } from "../check/coverage";
import { groupVersions, type CheckedFile, type PolicyHistory } from "../check/versions";

function formatCoverage(c: Coverage): string {
  const covered = c.clauses.filter((x) => x.examples.length > 0).length;
  const missing = (xs: { examples: string[] }[], name: (x: never) => string) =>
    xs.filter((x) => x.examples.length === 0).map((x) => name(x as never));
  const lines = [
    `示例覆盖：条款 ${covered}/${c.clauses.length}`,
    ...missing(c.clauses, (x: { id: string; title: string }) => `  没有示例的条款：${x.id} ${x.title}`),
    `  评级上限规则：${c.capRules.map((r) => `${r.id}${r.examples.length ? "✓" : "（无示例）"}`).join("、")}`,
    `  诫勉：${c.interventions.map((t) => `${t.reason}${t.examples.length ? "✓" : "（无示例）"}`).join("、")}`,
  ];
  if (c.unreachableRoles.length > 0) lines.push(`  任何记录都涉及不到的角色：${c.unreachableRoles.join("、")}`);
  return lines.join("\n") + "\n";
}

/** `《办法》：2 个版本：2006（2006-01-01 起）→ 2024年修订（2024-07-01 起）` */
function formatHistory(history: PolicyHistory): string {
  const versions = history.versions.map(({ policy }) => `${policy.version}（${policy.effective} 起）`);
  return `《${history.title}》：${versions.length} 个版本：${versions.join(" → ")}\n`;
}

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const json = args.includes("--json");
  const wantCoverage = args.includes("--coverage");
  const files = await policyFiles(args, io);
  if (files === null) return 1;
  const all: Problem[] = [];
  let unreadable = 0;
  const coverages: (Coverage & { file: string })[] = [];
  const summaries: { file: string; title: string; clauses: number; errors: number; warnings: number }[] = [];
  const checked: CheckedFile[] = [];
  const texts = new Map<string, string>();
  for (const file of files) {
    const read = await readText(file, io);
    if (!read.ok) {
      io.stderr(read.message);
      unreadable++;
      continue;
    }
    const result = checkText(read.text, { file });
    all.push(...result.problems);
    texts.set(file, read.text);
    if (result.policy && result.tree) checked.push({ file, policy: result.policy, tree: result.tree });
    const count = (s: string) => result.problems.filter((p) => p.severity === s).length;
    summaries.push({ file, title: result.title || file, clauses: result.clauseCount, errors: count("error"), warnings: count("warning") });
    if (!json) {
      for (const p of result.problems) io.stdout(formatProblem(p, read.text) + "\n");
      if (wantCoverage && result.policy) io.stdout(formatCoverage(coverage(result.policy)));
      io.stdout(formatSummary(result.title || file, result.clauseCount, result.problems));
    } else if (wantCoverage && result.policy) {
      coverages.push({ file, ...coverage(result.policy) });
    }
  }
  const { histories, problems: versionProblems } = groupVersions(checked);
  all.push(...versionProblems);
  if (!json) {
    for (const p of versionProblems) io.stdout(formatProblem(p, texts.get(p.file ?? "") ?? "") + "\n");
    for (const history of histories) if (history.versions.length > 1) io.stdout(formatHistory(history));
  }
  const versions = histories.map((h) => ({ title: h.title, versions: h.versions.map((v) => ({ file: v.file, version: v.policy.version, effective: v.policy.effective })) }));
  if (json) io.stdout(JSON.stringify({ files: summaries, problems: all, versions, ...(wantCoverage ? { coverage: coverages } : {}) }, null, 2));
  return unreadable > 0 || all.some((p) => p.severity === "error") ? 1 : 0;
}
