/** A text and its file name as the editor keeps them; local files read and written in the browser. */
import { download } from "../download";

export interface Source {
  /** The name shown in messages, e.g. `policy/文明优质服务管理办法.policy`. */
  file: string;
  text: string;
}

/** A textarea keeps `\n` line ends and no byte-order mark; spans are counted in that text. */
export function normalise(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** A local file's text, read in the browser (nothing is uploaded). */
export function readLocalFile(file: File): Promise<Source> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ file: file.name, text: normalise(String(reader.result)) });
    reader.onerror = () => reject(reader.error ?? new Error("无法读取文件"));
    reader.readAsText(file, "utf-8");
  });
}

export function downloadText(filename: string, text: string): void {
  download(filename, text, "text/plain;charset=utf-8");
}

/** `policy/文明优质服务管理办法.policy` → `文明优质服务管理办法.policy` */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || "policy.policy";
}
