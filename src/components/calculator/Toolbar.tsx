/** Import and export (JSON as `policy simulate` reads it, CSV), a shareable link, examples, and clearing. */
import { useState } from "preact/hooks";
import type { Policy } from "../../check/schema";
import type { Record, Result } from "../../engine/index";
import { download } from "../download";
import { recordToHash } from "./model/persist";

interface Props {
  policy: Policy;
  /** The policy's examples by id and title. */
  examples: readonly { id: string; title: string }[];
  record: Record;
  result: Result | null;
  onImportText: (text: string, source: string) => void;
  onLoadExample: (id: string) => void;
  onClear: () => void;
}

function baseName(record: Record): string {
  const who = "person" in record ? record.person.name : `${record.department.manager}部门`;
  return `记录-${who}-${record.year}`;
}

/** The record as a JSON file, as `policy simulate` reads it. */
export function downloadRecord(record: Record): void {
  download(`${baseName(record)}.json`, JSON.stringify(record, null, 2) + "\n", "application/json");
}

export function Toolbar({ policy, examples, record, result, onImportText, onLoadExample, onClear }: Props) {
  const [link, setLink] = useState<string | null>(null);
  const memberRole = policy.roles.find((r) => r.kind === "member")?.id ?? "";
  const [example, setExample] = useState(examples[0]?.id ?? "");
  const [confirmClear, setConfirmClear] = useState(false);

  async function importFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) onImportText(await file.text(), file.name);
    input.value = "";
  }

  async function exportCsv() {
    if (!result) return;
    const { resultToCsv } = await import("./model/csv");
    download(`${baseName(record)}.csv`, resultToCsv(result, "person" in record ? record.person.name : "", memberRole), "text/csv");
  }

  function share() {
    const url = new URL(location.href);
    url.hash = recordToHash(record);
    setLink(url.toString());
    void navigator.clipboard?.writeText(url.toString()).catch(() => undefined);
  }

  return (
    <div class="toolbar no-print">
      <label class="file">
        导入 JSON
        <input type="file" name="import" accept=".json,application/json" onChange={importFile} />
      </label>
      <button type="button" class="secondary" onClick={() => downloadRecord(record)}>导出 JSON</button>
      <button type="button" class="secondary" disabled={!result} onClick={exportCsv}>导出 CSV</button>
      <button type="button" class="secondary" onClick={share}>分享链接</button>
      <button type="button" class="secondary" aria-expanded={confirmClear} onClick={() => setConfirmClear(true)}>清空</button>
      {examples.length > 0 && (
        <span class="examples">
          <label>
            示例
            <select name="example" value={example} onInput={(e) => setExample(e.currentTarget.value)}>
              {examples.map((x) => <option value={x.id}>{x.id}：{x.title}</option>)}
            </select>
          </label>
          <button type="button" class="secondary" onClick={() => onLoadExample(example)}>载入</button>
        </span>
      )}
      {confirmClear && (
        <div class="confirm-clear message info" role="group" aria-label="确认清空">
          <p>清空后本机不再保存这份记录（{record.events.length} 条）。建议先导出一份 JSON 备份。</p>
          <button type="button" class="secondary" onClick={() => downloadRecord(record)}>先导出</button>
          <button type="button" class="secondary" onClick={() => { setConfirmClear(false); onClear(); }}>确认清空</button>
          <button type="button" class="secondary" onClick={() => setConfirmClear(false)}>取消</button>
        </div>
      )}
      {link && (
        <label class="share">
          分享链接（已复制到剪贴板；打开即可恢复这份记录）
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
