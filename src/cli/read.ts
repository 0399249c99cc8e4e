/** Read a policy file, turning every way a file can be unreadable into a Chinese message. */
import type { Io } from "./io";
import { problem, type Problem } from "../diagnostics/problem";
import { NO_SPAN } from "../diagnostics/span";

export type ReadResult = { ok: true; text: string } | { ok: false; message: string; problem: Problem };

export async function readPolicyText(file: string, io: Io): Promise<ReadResult> {
  try {
    return { ok: true, text: await io.readFile(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹，不是文件" : code === "EACCES" ? "没有读取权限" : "无法读取";
    const message = `错误：${file}：${reason}`;
    return { ok: false, message, problem: { ...problem("E0501", NO_SPAN, { field: "可读的文件" }), message: `${reason}`, file } };
  }
}
