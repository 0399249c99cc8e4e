/**
 * The gate between the policy files and the site: every policy/*.policy is checked, and any error
 * (or failing example, or two versions of one 办法 on the same date) stops the build with the same
 * located messages as `policy check`. The site publishes one 办法: its version in force on the
 * build day, with all its versions for the calculator and the 修订记录 page.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkText } from "../check/index";
import type { Policy } from "../check/schema";
import { groupVersions } from "../check/versions";
import type { Document } from "../syntax/tree";
import { formatProblem } from "../diagnostics/format";

export const POLICY_DIR = "policy";
export const POLICY_SUFFIX = ".policy";

export interface PolicySource {
  /** The file name shown in messages, e.g. `policy/文明优质服务管理办法.policy`. */
  file: string;
  text: string;
}

export interface CheckedSource {
  file: string;
  text: string;
  tree: Document;
  policy: Policy;
  /** Formatted warnings, printed but not fatal. */
  warnings: string[];
}

/** Thrown when any policy has an error; `message` holds every located message, ready to print. */
export class PolicyBuildError extends Error {
  constructor(readonly messages: string[]) {
    super(`政策文件有错误，站点未生成：\n\n${messages.join("\n\n")}`);
    this.name = "PolicyBuildError";
  }
}

/** Check every source; return the checked policies, or throw a PolicyBuildError with all messages. */
export function checkPolicySources(sources: readonly PolicySource[]): CheckedSource[] {
  if (sources.length === 0) throw new PolicyBuildError([`错误：${POLICY_DIR}/ 下没有 ${POLICY_SUFFIX} 文件`]);
  const errors: string[] = [];
  const checked: CheckedSource[] = [];
  for (const { file, text } of sources) {
    const result = checkText(text, { file });
    const formatted = (severity: string) =>
      result.problems.filter((p) => p.severity === severity).map((p) => formatProblem(p, text));
    errors.push(...formatted("error"));
    if (result.policy && result.tree) checked.push({ file, text, tree: result.tree, policy: result.policy, warnings: formatted("warning") });
    else if (!result.problems.some((p) => p.severity === "error")) errors.push(`错误：${file}：检查没有得到政策`);
  }
  if (errors.length > 0) throw new PolicyBuildError(errors);
  return checked;
}

/** What the site publishes: one 办法's versions, oldest first, and the one in force on the build day. */
export interface SitePolicy {
  versions: { file: string; text: string; policy: Policy }[];
  /** Index into `versions`. */
  current: number;
}

/**
 * The first 办法 (by its first file's name) with its versions; the current one is the latest in
 * force on `today` (YYYY-MM-DD), or the first when none is yet. Two versions on one date: an error.
 */
export function sitePolicy(checked: readonly CheckedSource[], today: string): SitePolicy {
  const { histories, problems } = groupVersions(checked);
  if (problems.length > 0) {
    const textOf = (file: string | undefined) => checked.find((c) => c.file === file)?.text ?? "";
    throw new PolicyBuildError(problems.map((p) => formatProblem(p, textOf(p.file))));
  }
  const history = histories[0];
  if (!history) throw new PolicyBuildError([`错误：${POLICY_DIR}/ 下没有可发布的办法`]);
  const versions = history.versions.map(({ file, policy }) => ({ file, policy, text: checked.find((c) => c.file === file)!.text }));
  const inForce = versions.filter((v) => v.policy.effective <= today).length;
  return { versions, current: Math.max(0, inForce - 1) };
}

/** Today as YYYY-MM-DD in the build machine's time zone; SITE_TODAY overrides it (tests, previews). */
export function buildDay(env: { SITE_TODAY?: string | undefined } = process.env): string {
  if (env.SITE_TODAY) return env.SITE_TODAY;
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Read every policy file of a folder, in name order. */
export function readPolicyDir(dir: string = POLICY_DIR): PolicySource[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(POLICY_SUFFIX)).sort();
  } catch {
    throw new PolicyBuildError([`错误：找不到政策文件夹 ${dir}/`]);
  }
  return names.map((name) => {
    const file = join(dir, name);
    return { file, text: readFileSync(file, "utf8") };
  });
}
