import type { Io } from "./io";

export const DEFAULT_POLICY_DIR = "policy";
export const POLICY_SUFFIX = ".policy";

/** The files a command works on: those named, or every policy under policy/. */
export async function policyFiles(args: readonly string[], io: Io): Promise<string[] | null> {
  const named = args.filter((a) => !a.startsWith("--"));
  const files = named.length > 0 ? named : await io.listFiles(DEFAULT_POLICY_DIR, POLICY_SUFFIX);
  if (files.length === 0) {
    io.stderr(`错误：${DEFAULT_POLICY_DIR}/ 下没有 ${POLICY_SUFFIX} 文件`);
    return null;
  }
  return files;
}
