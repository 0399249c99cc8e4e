/** The text the page starts with, and the text of a local file, in the form the textarea keeps. */
import { download } from "../download";

export interface Source {
  /** The name shown in messages, e.g. `policy/文明优质服务管理办法.policy`. */
  file: string;
  text: string;
}

/** The shipped policy, embedded once in the page as JSON (see src/pages/editor.astro). */
export function readEmbedded(id: string): Source {
  const element = document.getElementById(id);
  return JSON.parse(element?.textContent ?? '{"file":"","text":""}') as Source;
}

/** JSON safe inside a <script> element: no `<` can close it. */
export function scriptJson(source: Source): string {
  return JSON.stringify(source).replace(/</g, "\\u003c");
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
