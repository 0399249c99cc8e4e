import { checkText } from "../check/index";
import type { Policy } from "../check/schema";
import { formatProblem } from "../diagnostics/format";
import type { Io } from "./io";
import { policyFiles } from "./policy-files";
import { readText } from "./read";

/** The checked policy of `file` (default: the one policy under policy/); throws the located messages when it has errors. */
export async function loadCheckedPolicy(io: Io, file?: string): Promise<Policy> {
  const files = file ? [file] : await policyFiles([], io);
  if (files === null) throw new Error("错误：找不到办法文件");
  if (files.length > 1) throw new Error(`错误：policy/ 下有多个办法文件，请用 --policy 指定：${files.join("、")}`);
  const read = await readText(files[0]!, io);
  if (!read.ok) throw new Error(read.message);
  const result = checkText(read.text, { file: files[0] });
  if (result.policy) return result.policy;
  const errors = result.problems.filter((p) => p.severity === "error");
  throw new Error([...errors.map((p) => formatProblem(p, read.text)), `办法有 ${errors.length} 个错误，无法计算（运行 npx policy check 查看）`].join("\n"));
}
