/** Open a local file, download the edited text, go back to the shipped text: all inside the browser. */
import type { Source } from "./source";
import { baseName, downloadText, readLocalFile } from "./source";

interface Props {
  text: string;
  file: string;
  /** Whether the text differs from the shipped policy. */
  changed: boolean;
  onOpen: (source: Source) => void;
  onRestore: () => void;
  onError: (message: string) => void;
}

export function EditorToolbar({ text, file, changed, onOpen, onRestore, onError }: Props) {
  async function open(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const picked = input.files?.[0];
    input.value = "";
    if (!picked) return;
    try {
      onOpen(await readLocalFile(picked));
    } catch (error) {
      onError(`无法读取“${picked.name}”：${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return (
    <div class="toolbar editor-toolbar">
      <label class="file">打开本机文件
        <input type="file" accept=".policy,.txt,text/plain" onChange={open} />
      </label>
      <button type="button" class="secondary" onClick={() => downloadText(baseName(file), text)}>下载文本</button>
      <button type="button" class="secondary" onClick={onRestore} disabled={!changed}>恢复为手册所用的版本</button>
    </div>
  );
}
