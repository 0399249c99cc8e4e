/** Read a UTF-8 text file, turning every way a file can be unusable into one Chinese sentence. */
import type { Io } from "./io";

/** Larger than any real policy or year's record by far; beyond it we refuse rather than hang. */
export const MAX_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

const REASONS: Record<string, string> = {
  ENOENT: "文件不存在",
  EISDIR: "这是一个文件夹，不是文件",
  EACCES: "没有读取权限",
  EPERM: "没有读取权限",
};

export async function readText(file: string, io: Io): Promise<ReadResult> {
  const fail = (reason: string): ReadResult => ({ ok: false, message: `错误：${file}：${reason}` });
  try {
    const { bytes, directory } = await io.size(file);
    if (directory) return fail(REASONS.EISDIR!);
    if (bytes > MAX_BYTES) return fail(`文件过大（${(bytes / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_BYTES / 1024 / 1024} MB）`);
    const raw = await io.readBytes(file);
    if (raw.length === 0) return fail("文件是空的");
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
    } catch {
      return fail("文件不是 UTF-8 编码（可能是 GBK 等其他编码）；请在编辑器中“另存为 UTF-8”后再试");
    }
    if (text.trim() === "") return fail("文件是空的");
    return { ok: true, text };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    return fail(REASONS[code] ?? `无法读取（${code || String(e)}）`);
  }
}
