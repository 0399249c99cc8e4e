/**
 * The gate between the policy files and the site: every policy/*.policy is checked, and any error
 * (or failing example) stops the build with the same located messages as `policy check`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkText } from "../check/index";
import type { Policy } from "../check/schema";
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
    if (result.policy) checked.push({ file, policy: result.policy, warnings: formatted("warning") });
    else if (!result.problems.some((p) => p.severity === "error")) errors.push(`错误：${file}：检查没有得到政策`);
  }
  if (errors.length > 0) throw new PolicyBuildError(errors);
  return checked;
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
