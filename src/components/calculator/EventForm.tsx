/** Add or edit one event: clause, date, count, chosen amounts, responsibility, the day the fine was paid. */
import { useLayoutEffect, useMemo, useState } from "preact/hooks";
import type { Policy } from "../../check/schema";
import { checkRecord } from "./engine";
import type { Record, RecordEvent } from "../../engine/index";
import { clauseAmountsText } from "../../site/amounts";
import { ClausePicker } from "./ClausePicker";
import { recordProblems } from "./problems";
import { clauseFields, rangeHint, type RangeField } from "./model/fields";
import { lastDate, modeOf, peopleOf } from "./model/record-draft";

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

type Draft = { [K in keyof RecordEvent]?: string };

function toDraft(event: RecordEvent): Draft {
  return Object.fromEntries(Object.entries(event).map(([k, v]) => [k, String(v)]));
}

export function EventForm({ policy, versions, record, editing, initialClause, onSave, onCancel }: Props) {
  const department = modeOf(record) === "department";
  const people = peopleOf(record);
  const fresh = (): Draft => ({ date: lastDate(record), clause: initialClause ?? undefined, person: department ? people[1] ?? people[0] : undefined });
  const [draft, setDraft] = useState<Draft>(() => (editing ? toDraft(editing.event) : fresh()));
  const [errors, setErrors] = useState<string[]>([]);
  // Reset when another event is chosen for editing; a layout effect, before any keystroke lands.
  useLayoutEffect(() => {
    setDraft(editing ? toDraft(editing.event) : fresh());
    setErrors([]);
  }, [editing?.index, editing?.event, initialClause]);

  const clause = policy.clauses.find((c) => c.id === draft.clause) ?? null;
  const forManager = department && "department" in record && draft.person === record.department.manager;
  const fields = useMemo(() => (clause ? clauseFields(policy, clause, department, forManager) : null), [clause, department, forManager]);
  const set = (patch: Draft) => setDraft((d) => ({ ...d, ...patch }));

  function pickClause(id: string | null) {
    const next = id ? policy.clauses.find((c) => c.id === id) : null;
    const f = next ? clauseFields(policy, next, department, forManager) : null;
    const keep = { date: draft.date, person: draft.person, finePaidOn: draft.finePaidOn };
    setDraft({
      ...keep,
      clause: id ?? undefined,
      points: f?.points ? String(f.points.defaultValue) : undefined,
      fine: f?.money ? String(f.money.defaultValue) : undefined,
      managerPoints: f?.managerPoints ? String(f.managerPoints.defaultValue) : undefined,
      managerFine: f?.managerMoney ? String(f.managerMoney.defaultValue) : undefined,
      directorShare: f?.directorShare ? String(f.directorShare.defaultValue) : undefined,
    });
    setErrors([]);
  }

  function build(): RecordEvent | null {
    if (!clause || !fields || !draft.date) return null;
    const event: RecordEvent = { date: draft.date, clause: clause.id };
    const num = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : Number(v));
    if (department && draft.person) event.person = draft.person;
    const put = <K extends keyof RecordEvent>(key: K, value: RecordEvent[K] | undefined) => {
      if (value !== undefined) event[key] = value;
    };
    if (fields.unit) put("count", num(draft.count));
    if (fields.points) put("points", num(draft.points));
    if (fields.money) put("fine", num(draft.fine));
    if (fields.finePaidOn && draft.finePaidOn) put("finePaidOn", draft.finePaidOn);
    if (fields.responsibilities && draft.responsibility) put("responsibility", draft.responsibility);
    if (fields.managerPoints) put("managerPoints", num(draft.managerPoints));
    if (fields.managerMoney) put("managerFine", num(draft.managerFine));
    if (fields.directorShare) put("directorShare", num(draft.directorShare));
    return event;
  }

  function submit(e: Event) {
    e.preventDefault();
    const event = build();
    if (!event) {
      setErrors([clause ? "请填写日期" : "请先选择条款"]);
      return;
    }
    const others = record.events.filter((_, i) => i !== editing?.index);
    const candidate = { ...record, events: [...others, event] };
    const isMine = (p: { path: (string | number)[] }) => p.path[0] === "events" && p.path[1] === others.length;
    const check = checkRecord(versions, candidate);
    // The event is refused for its own problems only; a malformed record's are known once worded.
    if (check.ok || check.findings?.some(isMine) === false) return save(event);
    void recordProblems(versions, candidate).then((problems) => {
      const mine = problems.filter(isMine);
      if (mine.length > 0) setErrors(mine.map((p) => p.message));
      else save(event);
    });
  }

  function save(event: RecordEvent) {
    onSave(event, editing?.index ?? null);
    if (!editing) setDraft({ date: event.date, person: event.person });
    setErrors([]);
  }

  const amountInput = (key: "points" | "fine" | "managerPoints" | "managerFine" | "directorShare", label: string, field: RangeField, unit: string) => (
    <label>
      {label}
      <input type="number" name={key} inputMode="decimal" step={field.amount.kind === "range" ? 1 : "any"} min={field.amount.kind === "range" ? field.amount.min : 0} max={field.amount.kind === "range" ? field.amount.max : undefined} value={draft[key] ?? ""} onInput={(e) => set({ [key]: e.currentTarget.value })} />
      <small>{rangeHint(field, unit)}</small>
    </label>
  );
  const award = fields?.direction === "award";

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
      <ClausePicker id="event-clause" label="条款" clauses={policy.clauses} value={draft.clause ?? null} onChange={pickClause} describe={(c) => clauseAmountsText(policy, c)} />
      {clause && <p class="picked">{clauseAmountsText(policy, clause)}{clause.unit ? `（每${clause.unit}）` : ""}</p>}
      <div class="row">
        <label>日期<input type="date" name="date" required min={`${record.year}-01-01`} max={`${record.year}-12-31`} value={draft.date ?? ""} onInput={(e) => set({ date: e.currentTarget.value })} /></label>
        {fields?.unit && <label>{fields.unit}数<input type="number" name="count" min={1} step={1} inputMode="numeric" value={draft.count ?? "1"} onInput={(e) => set({ count: e.currentTarget.value })} /></label>}
      </div>
      {fields && (fields.points || fields.money) && (
        <div class="row">
          {fields.points && amountInput("points", award ? "加分" : "扣分", fields.points, "分")}
          {fields.money && amountInput("fine", award ? "奖金（元）" : "罚款（元）", fields.money, "元")}
        </div>
      )}
      {fields?.finePaidOn && <label>罚款缴纳日期<input type="date" name="finePaidOn" min={draft.date} value={draft.finePaidOn ?? ""} onInput={(e) => set({ finePaidOn: e.currentTarget.value })} /><small>不填表示按时缴纳</small></label>}
      {fields?.responsibilities && (
        <label>
          责任
          <select name="responsibility" value={draft.responsibility ?? ""} onInput={(e) => set({ responsibility: e.currentTarget.value || undefined })}>
            <option value="">{fields.responsibilities[0]}（默认）</option>
            {fields.responsibilities.slice(1).map((r) => <option value={r}>{r}</option>)}
          </select>
        </label>
      )}
      {fields && (fields.managerPoints || fields.managerMoney || fields.directorShare) && (
        <div class="row">
          {fields.managerPoints && amountInput("managerPoints", "连带扣分", fields.managerPoints, "分")}
          {fields.managerMoney && amountInput("managerFine", "连带罚款（元）", fields.managerMoney, "元")}
          {fields.directorShare && amountInput("directorShare", `${fields.shareRoles.join("、")}比例（%）`, fields.directorShare, "%")}
        </div>
      )}
      {errors.length > 0 && <ul class="form-errors" role="alert">{errors.map((m) => <li>{m}</li>)}</ul>}
      <div class="row">
        <button type="submit" class="primary">{editing ? "保存修改" : "添加"}</button>
        {editing && <button type="button" class="secondary" onClick={onCancel}>取消</button>}
      </div>
    </form>
  );
}
