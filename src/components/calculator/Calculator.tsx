/**
 * The calculator island. It imports only the engine and the serialised checked policy: the record
 * is validated and simulated by the same code as `policy simulate`, on every change.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import policy from "virtual:checked-policy";
import { formatPath, isDepartmentResult, parseJsonText, simulate, validateRecord, type Entry, type Record, type RecordEvent } from "../../engine/index";
import { EventForm } from "./EventForm";
import { EventList } from "./EventList";
import { Headroom } from "./Headroom";
import { Notice } from "./Notice";
import { Results } from "./Results";
import { RecordHeader } from "./RecordHeader";
import { Toolbar } from "./Toolbar";
import { currentYear } from "./model/dates";
import { clearRecord, hashParam, hashToRecordText, loadRecordText, saveRecord, storageKey } from "./model/persist";
import { emptyRecord, exampleRecord, insertEvent, peopleOf, removeEvent, replaceEvent } from "./model/record-draft";

type Message = { kind: "error" | "info"; text: string; details?: string[] };

/** Parse and validate a JSON text as a record; a Chinese error with locations otherwise. */
function readRecord(text: string): { record: Record } | { error: string; details: string[] } {
  const json = parseJsonText(text);
  if (!json.ok) return { error: `不是有效的 JSON（第 ${json.line} 行第 ${json.column} 列）：${json.message}`, details: [] };
  const checked = validateRecord(policy, json.value);
  if (!checked.ok) return { error: "记录有误，未导入：", details: checked.problems.map((p) => `${formatPath(p.path)}：${p.message}`) };
  return { record: checked.record };
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

  useEffect(() => {
    const hash = location.hash;
    const shared = hashToRecordText(hash);
    const example = policy.examples.find((e) => e.id === hashParam(hash, "example"));
    const clause = hashParam(hash, "clause");
    if (shared !== null) {
      const read = readRecord(shared);
      if ("record" in read) {
        setRecord(read.record);
        setMessage({ kind: "info", text: "已从分享链接恢复记录。" });
      } else setMessage({ kind: "error", text: "分享链接中的记录无法读取：" + read.error, details: read.details });
      history.replaceState(null, "", location.pathname + location.search);
    } else if (example) {
      setRecord(exampleRecord(example));
      setMessage({ kind: "info", text: `已载入示例“${example.id}”。` });
    } else {
      const stored = loadRecordText(key);
      const read = stored === null ? null : readRecord(stored);
      if (read && "record" in read) setRecord(read.record);
    }
    if (clause && policy.clauses.some((c) => c.id === clause)) setInitialClause(clause);
    setReady(true);
  }, []);

  useEffect(() => {
    if (ready) saveRecord(key, record);
  }, [record, ready]);

  const validation = useMemo(() => validateRecord(policy, record), [record]);
  const result = useMemo(() => (validation.ok ? simulate(policy, validation.record) : null), [validation]);
  const people = peopleOf(record);
  const person = selected !== null && people.includes(selected) ? selected : people[0]!;
  const personResult = result && (isDepartmentResult(result) ? result.people.find((p) => p.name === person) : result);

  function importText(text: string, source: string) {
    const read = readRecord(text);
    if ("record" in read) {
      setRecord(read.record);
      setEditing(null);
      setMessage({ kind: "info", text: `已导入 ${source}：${read.record.events.length} 条记录。` });
    } else setMessage({ kind: "error", text: `${source}：${read.error}`, details: read.details });
  }

  function save(event: RecordEvent, index: number | null) {
    setRecord((r) => (index === null ? insertEvent(r, event) : replaceEvent(r, index, event)));
    setEditing(null);
  }

  const managerRole = policy.roles.find((r) => r.kind === "manager");
  return (
    <div class="calculator" data-ready={ready ? "" : undefined}>
      <Toolbar
        policy={policy}
        record={record}
        result={result}
        onImportText={importText}
        onReplace={(r, text) => {
          setRecord(r);
          setEditing(null);
          setMessage({ kind: "info", text });
        }}
        onClear={() => {
          clearRecord(key);
          setRecord(emptyRecord(currentYear()));
          setEditing(null);
          setMessage({ kind: "info", text: "记录已清空。" });
        }}
      />
      <div class="messages" role="alert">
        {message && (
          <div class={`message ${message.kind}`}>
            <p>{message.text}</p>
            {message.details && message.details.length > 0 && <ul>{message.details.map((d) => <li>{d}</li>)}</ul>}
            <button type="button" class="secondary small" onClick={() => setMessage(null)}>知道了</button>
          </div>
        )}
      </div>
      <div class="calc-grid">
        <section class="calc-input" aria-labelledby="calc-input-title">
          <h2 id="calc-input-title">录入</h2>
          <RecordHeader managerTitle={managerRole?.title ?? ""} record={record} onChange={setRecord} />
          <EventList policy={policy} record={record} problems={validation.ok ? [] : validation.problems} editingIndex={editing} onEdit={setEditing} onRemove={(i) => { setRecord((r) => removeEvent(r, i)); setEditing(null); }} />
          <EventForm
            policy={policy}
            record={record}
            editing={editing === null || !record.events[editing] ? null : { index: editing, event: record.events[editing]! }}
            initialClause={initialClause}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        </section>
        <section class="calc-results" aria-labelledby="calc-results-title">
          <h2 id="calc-results-title">结果</h2>
          {!validation.ok && (
            <div class="message error">
              <p>记录有误，改正后显示结果：</p>
              <ul>{validation.problems.map((p) => <li>{formatPath(p.path)}：{p.message}</li>)}</ul>
            </div>
          )}
          {result && (
            <Results policy={policy} record={record} result={result} person={person} onSelect={setSelected} onNotice={(name, entry) => setNotice({ name, entry })} />
          )}
          {result && personResult && <Headroom policy={policy} record={record} person={person} result={personResult} />}
        </section>
      </div>
      {notice && <Notice policy={policy} name={notice.name} entry={notice.entry} onClose={() => setNotice(null)} />}
    </div>
  );
}
