/**
 * The calculator island. It imports only the engine and the serialised checked policy (every version
 * of it): the record is validated and simulated by the same code as `policy simulate`, each event by
 * the version in force on its date, on every change. A record's problems are worded by the engine's
 * reporting half, loaded the first time there is one (./problems).
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { exampleTitles, policy, versions } from "virtual:calculator-policy";
import { checkRecord, isDepartmentResult, simulate } from "./engine";
import type { Entry, JsonTextResult, Record, RecordEvent } from "../../engine/index";
import { EventForm } from "./EventForm";
import { Headroom } from "./Headroom";
import { recordProblems, useRecordProblems } from "./problems";
import { loadRecordTables, useRecordTables } from "./tables";
import { Results } from "./Results";
import { RecordHeader } from "./RecordHeader";
import { downloadRecord, Toolbar } from "./Toolbar";
import { currentYear } from "./model/dates";
import { download } from "../download";
import { clearRecord, hashParam, hashToRecordText, loadStored, saveRecord, storageKey } from "./model/persist";
import { emptyRecord, exampleRecord, insertEvent, peopleOf, removeEvent, replaceEvent } from "./model/record-draft";

type Action = { label: string; run: () => void };
type Message = { kind: "error" | "info"; text: string; details?: string[]; actions?: Action[] };

/**
 * Parse and validate a JSON text as a record; a Chinese error otherwise. A file to import is parsed
 * by `parse` (the engine's parseJsonText, loaded for the first import), which says where a broken
 * text breaks; what this page wrote itself (the stored record, a shared link) by JSON.parse.
 */
async function readRecord(text: string, parse?: (text: string) => JsonTextResult): Promise<{ record: Record } | { error: string; details: string[] }> {
  let value: unknown;
  if (parse) {
    const json = parse(text);
    if (!json.ok) return { error: `不是有效的 JSON（第 ${json.line} 行第 ${json.column} 列）：${json.message}`, details: [] };
    value = json.value;
  } else {
    try {
      value = JSON.parse(text);
    } catch {
      return { error: "不是有效的 JSON", details: [] };
    }
  }
  const checked = checkRecord(versions, value);
  if (!checked.ok) return { error: "记录有误，未导入：", details: (await recordProblems(versions, value)).map((p) => p.line) };
  return { record: checked.record };
}

const LOAD_FAILED = "页面的一部分没能加载（网络中断，或本站刚刚更新）。请刷新页面后继续。";

/** A module that could not be loaded, as Chromium, Firefox and Safari word it, or a stylesheet Vite could not preload. */
function isLoadFailure(reason: unknown): boolean {
  return reason instanceof Error && /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(reason.message);
}

export default function Calculator() {
  const key = storageKey(policy.title);
  const [record, setRecord] = useState<Record>(() => emptyRecord(currentYear()));
  const [ready, setReady] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [initialClause, setInitialClause] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ name: string; entry: Entry } | null>(null);
  // The notice and the examples are loaded when first asked for: most visits use neither.
  const [NoticeView, setNoticeView] = useState<typeof import("./Notice").Notice | null>(null);
  const [canSave, setCanSave] = useState(true);

  /** Replace the record, telling the user and offering to undo: nothing is replaced without a way back. */
  async function replaceWith(next: Record, text: string, previous: Record) {
    if (next.events.length > 0) await loadRecordTables();
    setRecord(next);
    setEditing(null);
    setMessage({
      kind: "info",
      text,
      actions: [{
        label: "撤销",
        run: () => {
          setRecord(previous);
          setEditing(null);
          setMessage({ kind: "info", text: "已撤销，恢复为之前的记录。" });
        },
      }],
    });
  }

  async function loadExample(id: string, previous: Record) {
    const { examples } = await import("virtual:calculator-texts");
    const example = examples.find((e) => e.id === id);
    if (example) await replaceWith(exampleRecord(example), `已载入示例“${example.id}”。`, previous);
  }

  function openNotice(name: string, entry: Entry) {
    void import("./Notice").then(({ Notice }) => {
      setNoticeView(() => Notice);
      setNotice({ name, entry });
    });
  }

  /**
   * The page's record: the stored one, then a shared link's or an example's from the address. Until
   * it is settled the page is not ready and saves nothing (nor if a part fails to load before).
   */
  async function start() {
    const hash = location.hash;
    const shared = hashToRecordText(hash);
    const example = exampleTitles.find((e) => e.id === hashParam(hash, "example"));
    const clause = hashParam(hash, "clause");
    const stored = await loadStored(policy.title, readRecord);
    setCanSave(stored.canSave);
    const previous = stored.record ?? emptyRecord(currentYear());
    if (previous.events.length > 0) await loadRecordTables();
    setRecord(previous);
    if (stored.keptAside) {
      const kept = stored.keptAside;
      setMessage({
        kind: "error",
        text: kept.key
          ? `本机保存的记录无法读取，已原样另存（未覆盖），请下载后修复再导入。原因：${kept.reason}`
          : `本机保存的记录无法读取，且无法另存；为免覆盖，本页的修改不会保存到本机。请先下载这份记录。原因：${kept.reason}`,
        actions: [{ label: "下载无法读取的记录", run: () => download(`无法读取的记录-${new Date().toISOString().slice(0, 10)}.json`, kept.text, "application/json") }],
      });
    } else if (stored.migrated) setMessage({ kind: "info", text: "已将本机保存的旧版记录升级为新格式。" });
    if (shared !== null) {
      const read = await readRecord(shared);
      if ("record" in read) await replaceWith(read.record, "已从分享链接恢复记录。", previous);
      else setMessage({ kind: "error", text: "分享链接中的记录无法读取：" + read.error, details: read.details });
      history.replaceState(null, "", location.pathname + location.search);
    }
    if (clause && policy.clauses.some((c) => c.id === clause)) setInitialClause(clause);
    try {
      if (shared === null && example) await loadExample(example.id, previous);
    } finally {
      setReady(true);
    }
  }

  useEffect(() => void start(), []);

  // A part that failed to load (the network is down, or the site was updated since the page was
  // opened and the part's old file is gone) would otherwise fail silently: say so, offer a reload.
  useEffect(() => {
    const failed = (e: PromiseRejectionEvent) => {
      if (!isLoadFailure(e.reason)) return;
      e.preventDefault();
      setMessage({ kind: "error", text: LOAD_FAILED, actions: [{ label: "刷新页面", run: () => location.reload() }] });
    };
    addEventListener("unhandledrejection", failed);
    return () => removeEventListener("unhandledrejection", failed);
  }, []);

  // Whether the last save of a record with events failed (the browser allows no storage, or the
  // record is too large for it): the page says so for as long as it does, since a reload would
  // bring back an older record.
  const [unsaved, setUnsaved] = useState(false);
  useEffect(() => {
    if (ready && canSave) setUnsaved(!saveRecord(key, record) && record.events.length > 0);
  }, [record, ready, canSave]);

  const check = useMemo(() => checkRecord(versions, record), [record]);
  const problems = useRecordProblems(versions, record, !check.ok);
  const result = useMemo(() => (check.ok ? simulate(versions, check.record) : null), [check]);
  const tables = useRecordTables(record.events.length > 0);
  const people = peopleOf(record);
  const person = selected !== null && people.includes(selected) ? selected : people[0]!;
  const personResult = result && (isDepartmentResult(result) ? result.people.find((p) => p.name === person) : result);

  async function importText(text: string, source: string) {
    const { parseJsonText } = await import("../../engine/json-text");
    const read = await readRecord(text, parseJsonText);
    if ("record" in read) await replaceWith(read.record, `已导入 ${source}：${read.record.events.length} 条记录。`, record);
    else setMessage({ kind: "error", text: `${source}：${read.error}`, details: read.details });
  }

  async function save(event: RecordEvent, index: number | null) {
    await loadRecordTables();
    setRecord((r) => (index === null ? insertEvent(r, event) : replaceEvent(r, index, event)));
    setEditing(null);
  }

  const managerRole = policy.roles.find((r) => r.kind === "manager");
  return (
    <div class="calculator" data-ready={ready ? "" : undefined}>
      <Toolbar
        policy={policy}
        examples={exampleTitles}
        record={record}
        result={result}
        onImportText={importText}
        onLoadExample={(id) => void loadExample(id, record)}
        onClear={() => {
          if (canSave) clearRecord(key);
          void replaceWith(emptyRecord(currentYear()), "记录已清空。", record);
        }}
      />
      {unsaved && (
        <div class="message error" role="alert">
          <p>这份记录没能保存到本机（浏览器不允许保存，或记录太大），刷新或关闭页面后会丢失。请先导出 JSON 保存。</p>
          <button type="button" class="secondary small" onClick={() => downloadRecord(record)}>导出 JSON</button>
        </div>
      )}
      <div class="messages" role="alert">
        {message && (
          <div class={`message ${message.kind}`}>
            <p>{message.text}</p>
            {message.details && message.details.length > 0 && <ul>{message.details.map((d) => <li>{d}</li>)}</ul>}
            {message.actions?.map((a) => <button type="button" class="secondary small" onClick={a.run}>{a.label}</button>)}
            <button type="button" class="secondary small" onClick={() => setMessage(null)}>知道了</button>
          </div>
        )}
      </div>
      <div class="calc-grid">
        <section class="calc-input" aria-labelledby="calc-input-title">
          <h2 id="calc-input-title">录入</h2>
          <RecordHeader managerTitle={managerRole?.title ?? ""} record={record} onChange={setRecord} />
          {record.events.length === 0 ? (
            <p class="empty">还没有记录。用下面的表单添加第一条。</p>
          ) : (
            tables && <tables.EventTable policy={policy} record={record} problems={problems} editingIndex={editing} onEdit={setEditing} onRemove={(i) => { setRecord((r) => removeEvent(r, i)); setEditing(null); }} />
          )}
          <EventForm
            policy={policy}
            versions={versions}
            record={record}
            editing={editing === null || !record.events[editing] ? null : { index: editing, event: record.events[editing]! }}
            initialClause={initialClause}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        </section>
        <section class="calc-results" aria-labelledby="calc-results-title">
          <h2 id="calc-results-title">结果</h2>
          {!check.ok && (
            <div class="message error">
              <p>记录有误，改正后显示结果：</p>
              <ul>{problems.map((p) => <li>{p.line}</li>)}</ul>
            </div>
          )}
          {result && (
            <Results policy={policy} record={record} result={result} person={person} onSelect={setSelected} onNotice={openNotice} />
          )}
          {result && personResult && <Headroom policy={policy} versions={versions} record={record} person={person} result={personResult} />}
        </section>
      </div>
      {notice && NoticeView && <NoticeView policy={policy} name={notice.name} entry={notice.entry} onClose={() => setNotice(null)} />}
    </div>
  );
}
