import { checkText } from "../check/index";
import type { Policy } from "../check/schema";
import { groupVersions, type CheckedFile } from "../check/versions";
import { formatProblem } from "../diagnostics/format";
import type { Io } from "./io";
import { policyFiles } from "./policy-files";
import { readText } from "./read";

/** The checked policy of `file`; throws the located messages when it has errors. */
export async function loadCheckedPolicy(io: Io, file: string): Promise<Policy> {
  const read = await readText(file, io);
  if (!read.ok) throw new Error(read.message);
  const result = checkText(read.text, { file });
  if (result.policy) return result.policy;
  const errors = result.problems.filter((p) => p.severity === "error");
  throw new Error([...errors.map((p) => formatProblem(p, read.text)), `办法有 ${errors.length} 个错误，无法计算（运行 npx policy check 查看）`].join("\n"));
}

/**
 * The versions of one policy, oldest first: those of `files`, or every file under policy/. Files of
 * more than one 办法, a file with errors, or two versions with the same date or name: an Error with
 * the located messages.
 */
export async function loadPolicyVersions(io: Io, files?: readonly string[]): Promise<Policy[]> {
  const names = files && files.length > 0 ? [...files] : await policyFiles([], io);
  if (names === null) throw new Error("错误：找不到办法文件");
  const checked: CheckedFile[] = [];
  const texts = new Map<string, string>();
  for (const file of names) {
    const read = await readText(file, io);
    if (!read.ok) throw new Error(read.message);
    const result = checkText(read.text, { file });
    if (!result.policy || !result.tree) {
      const errors = result.problems.filter((p) => p.severity === "error");
      throw new Error([...errors.map((p) => formatProblem(p, read.text)), `${file}：办法有 ${errors.length} 个错误，无法计算（运行 npx policy check 查看）`].join("\n"));
    }
    checked.push({ file, policy: result.policy, tree: result.tree });
    texts.set(file, read.text);
  }
  const { histories, problems } = groupVersions(checked);
  if (problems.length > 0) throw new Error(problems.map((p) => formatProblem(p, texts.get(p.file ?? "") ?? "")).join("\n"));
  if (histories.length > 1) throw new Error(`错误：给出的文件属于不同的办法（${histories.map((h) => `《${h.title}》`).join("、")}），请用 --policy 指定同一办法的文件`);
  return histories[0]!.versions.map((v) => v.policy);
}