/**
 * `policy diff OLD NEW [--records DIR] [--json]`: what an amendment changes — clauses, amounts and
 * rules — and, with `--records`, whose score, fines, rewards or grade cap changes in the saved
 * records. Differences are the output, not failures: exit 0 when it ran, 1 on an unusable file or
 * policy, 2 on a usage error.
 */
import { basename } from "node:path";
import type { Policy } from "../check/schema";
import { compareRecord, diffPolicies, renderComparison, renderDiff, type RecordComparison } from "../diff";
import { parseJsonText } from "../engine";
import type { Io } from "./io";
import { loadCheckedPolicy } from "./load-policy";
import { readText } from "./read";
import { commandOptions, messageOf } from "./args";

const USAGE = "用法：policy diff 旧办法文件 新办法文件 [--records 记录文件夹] [--json]";

interface Options {
  old: string;
  new: string;
  records: string | undefined;
  json: boolean;
}

function parseArgs(args: readonly string[]): Options | string {
  const files: string[] = [];
  let records: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--json") json = true;
    else if (arg === "--records" || arg.startsWith("--records=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[++i];
      if (value === undefined || value === "") return "--records 后面缺少记录文件夹";
      records = value;
    } else if (arg.startsWith("-") && arg !== "-") return `未知的选项“${arg}”`;
    else files.push(arg);
  }
  if (files.length < 2) return files.length === 0 ? "缺少旧办法文件和新办法文件" : "缺少新办法文件";
  if (files.length > 2) return `只能比较两个办法文件，多出了“${files.slice(2).join("”“")}”`;
  return { old: files[0]!, new: files[1]!, records, json };
}

interface RecordReport {
  file: string;
  comparison: RecordComparison;
}

export async function diffCommand(args: string[], io: Io): Promise<number> {
  const options = commandOptions(args, io, USAGE, parseArgs);
  if (typeof options === "number") return options;
  const policies: Policy[] = [];
  for (const file of [options.old, options.new]) {
    try {
      policies.push(await loadCheckedPolicy(io, file));
    } catch (error) {
      io.stderr(`错误：无法载入办法“${file}”：${messageOf(error)}\n`);
      return 1;
    }
  }
  const [oldPolicy, newPolicy] = policies as [Policy, Policy];
  const diff = diffPolicies(oldPolicy, newPolicy);
  let records: RecordReport[] | undefined;
  if (options.records !== undefined) {
    const read = await readRecords(io, options.records, oldPolicy, newPolicy);
    if (typeof read === "string") {
      io.stderr(`${read}\n`);
      return 1;
    }
    records = read;
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(records === undefined ? { diff } : { diff, records }, null, 2)}\n`);
    return 0;
  }
  let text = `比较 ${options.old}（版本 ${oldPolicy.version}）→ ${options.new}（版本 ${newPolicy.version}）\n\n${renderDiff(diff)}`;
  if (records !== undefined) text += `\n${renderRecords(options.records!, records)}`;
  io.stdout(text);
  return 0;
}

async function readRecords(io: Io, dir: string, oldPolicy: Policy, newPolicy: Policy): Promise<RecordReport[] | string> {
  try {
    if (!(await io.size(dir)).directory) return `错误：${dir}：不是文件夹（--records 需要一个放记录 .json 文件的文件夹）`;
  } catch {
    return `错误：${dir}：记录文件夹不存在`;
  }
  const reports: RecordReport[] = [];
  for (const file of await io.listFiles(dir, ".json")) {
    const read = await readText(file, io);
    if (!read.ok) return read.message;
    const json = parseJsonText(read.text);
    const comparison: RecordComparison = json.ok
      ? compareRecord(oldPolicy, newPolicy, json.value)
      : (() => {
          const problems = [{ path: `${json.line}:${json.column}`, code: "json", message: `记录不是有效的 JSON：${json.message}` }];
          return { status: "invalid", old: problems, new: problems };
        })();
    reports.push({ file, comparison });
  }
  return reports;
}

function renderRecords(dir: string, reports: readonly RecordReport[]): string {
  if (reports.length === 0) return `记录（${dir}）：没有 .json 记录文件\n`;
  const changed = reports.filter((r) => r.comparison.status === "changed").length;
  const invalid = reports.filter((r) => r.comparison.status === "invalid").length;
  const same = reports.length - changed - invalid;
  const lines = [`记录（${dir}，共 ${reports.length} 份：${changed} 份有变化，${same} 份没有变化，${invalid} 份无效）`];
  for (const report of reports) if (report.comparison.status !== "same") lines.push(...renderComparison(basename(report.file), report.comparison));
  const unchanged = reports.filter((r) => r.comparison.status === "same").map((r) => basename(r.file));
  if (unchanged.length > 0) lines.push(`没有变化：${unchanged.join("、")}`);
  return `${lines.join("\n")}\n`;
}
