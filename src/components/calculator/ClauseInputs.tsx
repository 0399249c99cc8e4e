/**
 * What the event form asks for a chosen clause: its amounts in words, the count, the chosen points
 * and money, the day the fine was paid, the responsibility and the liabilities; their defaults; and
 * the event they make. Loaded when the form's clause picker is first focused or a clause is first
 * set (an empty form shows none of it).
 */
import type { JSX } from "preact";
import type { Clause, Policy } from "../../check/schema";
import type { RecordEvent } from "../../engine/index";
import { clauseAmountsText } from "../../site/amounts";
import { clauseFields, rangeHint, type ClauseFields, type RangeField } from "./model/fields";

export { clauseFields };

/** The form's values as typed, by record field. */
export type Draft = { [K in keyof RecordEvent]?: string };

type AmountKey = "points" | "fine" | "managerPoints" | "managerFine" | "directorShare";

/** A newly chosen clause's amounts: the low bound of a range, 0 for 酌情. */
export function defaultAmounts(fields: ClauseFields): Draft {
  return {
    points: fields.points ? String(fields.points.defaultValue) : undefined,
    fine: fields.money ? String(fields.money.defaultValue) : undefined,
    managerPoints: fields.managerPoints ? String(fields.managerPoints.defaultValue) : undefined,
    managerFine: fields.managerMoney ? String(fields.managerMoney.defaultValue) : undefined,
    directorShare: fields.directorShare ? String(fields.directorShare.defaultValue) : undefined,
  };
}

/** The event the form's values make for the clause (on a given date); an empty value is left out. */
export function eventOf(clause: Clause, fields: ClauseFields, draft: Draft & { date: string }, department: boolean): RecordEvent {
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

interface Props {
  policy: Policy;
  clause: Clause;
  fields: ClauseFields;
  draft: Draft;
  set: (patch: Draft) => void;
  /** The form's date input, which shares its row with the count. */
  date: JSX.Element;
}

export function ClauseInputs({ policy, clause, fields, draft, set, date }: Props) {
  const amountInput = (key: AmountKey, label: string, field: RangeField, unit: string) => (
    <label>
      {label}
      <input type="number" name={key} inputMode="decimal" step={field.amount.kind === "range" ? 1 : "any"} min={field.amount.kind === "range" ? field.amount.min : 0} max={field.amount.kind === "range" ? field.amount.max : undefined} value={draft[key] ?? ""} onInput={(e) => set({ [key]: e.currentTarget.value })} />
      <small>{rangeHint(field, unit)}</small>
    </label>
  );
  const award = fields.direction === "award";
  return (
    <>
      <p class="picked">{clauseAmountsText(policy, clause)}{clause.unit ? `（每${clause.unit}）` : ""}</p>
      <div class="row">
        {date}
        {fields.unit && <label>{fields.unit}数<input type="number" name="count" min={1} step={1} inputMode="numeric" value={draft.count ?? "1"} onInput={(e) => set({ count: e.currentTarget.value })} /></label>}
      </div>
      {(fields.points || fields.money) && (
        <div class="row">
          {fields.points && amountInput("points", award ? "加分" : "扣分", fields.points, "分")}
          {fields.money && amountInput("fine", award ? "奖金（元）" : "罚款（元）", fields.money, "元")}
        </div>
      )}
      {fields.finePaidOn && <label>罚款缴纳日期<input type="date" name="finePaidOn" min={draft.date} value={draft.finePaidOn ?? ""} onInput={(e) => set({ finePaidOn: e.currentTarget.value })} /><small>不填表示按时缴纳</small></label>}
      {fields.responsibilities && (
        <label>
          责任
          <select name="responsibility" value={draft.responsibility ?? ""} onInput={(e) => set({ responsibility: e.currentTarget.value || undefined })}>
            <option value="">{fields.responsibilities[0]}（默认）</option>
            {fields.responsibilities.slice(1).map((r) => <option value={r}>{r}</option>)}
          </select>
        </label>
      )}
      {(fields.managerPoints || fields.managerMoney || fields.directorShare) && (
        <div class="row">
          {fields.managerPoints && amountInput("managerPoints", "连带扣分", fields.managerPoints, "分")}
          {fields.managerMoney && amountInput("managerFine", "连带罚款（元）", fields.managerMoney, "元")}
          {fields.directorShare && amountInput("directorShare", `${fields.shareRoles.join("、")}比例（%）`, fields.directorShare, "%")}
        </div>
      )}
    </>
  );
}
