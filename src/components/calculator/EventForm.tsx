/**
 * Add or edit one event: the person, the clause and the date; the inputs the chosen clause needs
 * (./ClauseInputs) are loaded when the clause picker is first focused or a clause is first set.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from "preact/hooks";
import type { Policy } from "../../check/schema";
import { checkRecord } from "./engine";
import type { Record, RecordEvent } from "../../engine/index";
import { ClausePicker } from "./ClausePicker";
import type { Draft } from "./ClauseInputs";
import { clauseAmountsText } from "../../site/amounts";
import { lastDate, modeOf, peopleOf } from "./model/record-draft";
import { recordProblems } from "./problems";

interface Props {
  /** The version in force on the build day: its clauses are the ones offered. */
  policy: Policy;
  /** Every version: each event is validated by the one in force on its date. */
  versions: readonly Policy[];
  record: Record;
  /** The event being edited and its index, or null to add one. */
  editing: { index: number; event: RecordEvent } | null;
  initialClause: string | null;
  onSave: (event: RecordEvent, index: number | null) => void;
  onCancel: () => void;
}

type Inputs = typeof import("./ClauseInputs");

function toDraft(event: RecordEvent): Draft {
  return Object.fromEntries(Object.entries(event).map(([k, v]) => [k, String(v)]));
}

export function EventForm({ policy, versions, record, editing, initialClause, onSave, onCancel }: Props) {
  const department = modeOf(record) === "department";
  const people = peopleOf(record);
  const fresh = (): Draft => ({ date: lastDate(record), clause: initialClause ?? undefined, person: department ? people[1] ?? people[0] : undefined });
  const [draft, setDraft] = useState<Draft>(() => (editing ? toDraft(editing.event) : fresh()));
  const [errors, setErrors] = useState<string[]>([]);
  const [inputs, setInputs] = useState<Inputs | null>(null);
  async function loadInputs(): Promise<Inputs> {
    const m = await import("./ClauseInputs");
    setInputs(m);
    return m;
  }
  // Reset when another event is chosen for editing; a layout effect, before any keystroke lands.
  useLayoutEffect(() => {
    setDraft(editing ? toDraft(editing.event) : fresh());
    setErrors([]);
  }, [editing?.index, editing?.event, initialClause]);

  const clause = policy.clauses.find((c) => c.id === draft.clause) ?? null;
  useEffect(() => {
    if (clause && !inputs) void loadInputs();
  }, [clause]);
  const forManager = department && "department" in record && draft.person === record.department.manager;
  const fields = useMemo(() => (clause && inputs ? inputs.clauseFields(policy, clause, department, forManager) : null), [clause, department, forManager, inputs]);
  const set = (patch: Draft) => setDraft((d) => ({ ...d, ...patch }));

  function pickClause(id: string | null) {
    const next = id ? policy.clauses.find((c) => c.id === id) : null;
    setDraft({ date: draft.date, person: draft.person, finePaidOn: draft.finePaidOn, clause: id ?? undefined });
    setErrors([]);
    if (!next) return;
    // The new clause's amounts start at their defaults: at once, or when the inputs arrive (a pick without focus first).
    const withDefaults = (m: Inputs) => setDraft((d) => (d.clause === next.id ? { ...d, ...m.defaultAmounts(m.clauseFields(policy, next, department, forManager)) } : d));
    if (inputs) withDefaults(inputs);
    else void loadInputs().then(withDefaults);
  }

  async function submit(e: Event) {
    e.preventDefault();
    const date = draft.date;
    if (!clause || !date) {
      setErrors([clause ? "请填写日期" : "请先选择条款"]);
      return;
    }
    const m = inputs ?? (await loadInputs());
    const event = m.eventOf(clause, m.clauseFields(policy, clause, department, forManager), { ...draft, date }, department);
    const others = record.events.filter((_, i) => i !== editing?.index);
    const candidate = { ...record, events: [...others, event] };
    const isMine = (p: { path: (string | number)[] }) => p.path[0] === "events" && p.path[1] === others.length;
    const check = checkRecord(versions, candidate);
    // The event is refused for its own problems only; a malformed record's are known once worded.
    if (!check.ok && check.findings?.some(isMine) !== false) {
      const mine = (await recordProblems(versions, candidate)).filter(isMine);
      if (mine.length > 0) return setErrors(mine.map((p) => p.message));
    }
    onSave(event, editing?.index ?? null);
    if (!editing) setDraft({ date: event.date, person: event.person });
    setErrors([]);
  }

  const dateInput = <label>日期<input type="date" name="date" required min={`${record.year}-01-01`} max={`${record.year}-12-31`} value={draft.date ?? ""} onInput={(e) => set({ date: e.currentTarget.value })} /></label>;

  return (
    <form class="event-form" onSubmit={submit} aria-labelledby="event-form-title">
      <h3 id="event-form-title">{editing ? `修改第 ${editing.index + 1} 条记录` : "添加记录"}</h3>
      {department && (
        <label>
          当事人
          <select name="person" value={draft.person} onInput={(e) => set({ person: e.currentTarget.value })}>
            {people.map((p, i) => <option value={p}>{i === 0 ? `${p}（${policy.defaultLiability.role}）` : p}</option>)}
          </select>
        </label>
      )}
      <ClausePicker id="event-clause" label="条款" clauses={policy.clauses} value={draft.clause ?? null} onChange={pickClause} onFocus={() => void loadInputs()} describe={(c) => clauseAmountsText(policy, c)} />
      {clause && inputs && fields ? <inputs.ClauseInputs policy={policy} clause={clause} fields={fields} draft={draft} set={set} date={dateInput} /> : <div class="row">{dateInput}</div>}
      {errors.length > 0 && <ul class="form-errors" role="alert">{errors.map((m) => <li>{m}</li>)}</ul>}
      <div class="row">
        <button type="submit" class="primary">{editing ? "保存修改" : "添加"}</button>
        {editing && <button type="button" class="secondary" onClick={onCancel}>取消</button>}
      </div>
    </form>
  );
}
