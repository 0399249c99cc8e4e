/**
 * The record's tables: its events in order (each with its problems and the buttons to edit or
 * remove it), a person's entries (each with its notice) and the directors' entries; with them, the
 * person's chart (./Timeline). An empty record shows none: they are loaded the first time a record
 * has events (./tables).
 *
 * Each shows its first rows and offers more: a department's year can hold thousands of events, and
 * laying out every row on every change took the browser seconds (10,000 events: 17,000 rows, 19 s).
 */
import { useMemo, useState } from "preact/hooks";
import type { ComponentChildren } from "preact";
import { formatMoney } from "./engine";
import type { Policy } from "../../check/schema";
import type { Entry, Record, RecordEvent, RecordProblem } from "../../engine/index";
import { signed } from "../../site/amounts";
import { clauseHref } from "../../site/urls";

export { Timeline } from "./Timeline";

interface EventTableProps {
  policy: Policy;
  record: Record;
  problems: RecordProblem[];
  editingIndex: number | null;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}

function details(event: RecordEvent): string {
  const parts: string[] = [];
  if (event.count !== undefined && event.count !== 1) parts.push(`×${event.count}`);
  if (event.points !== undefined) parts.push(`${event.points} 分`);
  if (event.fine !== undefined) parts.push(`${event.fine} 元`);
  if (event.finePaidOn) parts.push(`${event.finePaidOn} 缴款`);
  if (event.responsibility) parts.push(`${event.responsibility}责任`);
  if (event.managerPoints !== undefined) parts.push(`连带 ${event.managerPoints} 分`);
  if (event.managerFine !== undefined) parts.push(`连带 ${event.managerFine} 元`);
  if (event.directorShare !== undefined) parts.push(`比例 ${event.directorShare}%`);
  return parts.join("，");
}

/** Rows shown at first, and added by each 再显示. */
const PAGE = 100;

/** The first `limit` of `rows`, and the line that shows more (null when all are shown). */
function usePage<T>(rows: readonly T[]): { shown: readonly T[]; more: ComponentChildren } {
  const [limit, setLimit] = useState(PAGE);
  if (rows.length <= limit) return { shown: rows, more: null };
  const next = Math.min(PAGE, rows.length - limit);
  const more = (
    <p class="table-more">
      显示前 {limit} 条，共 {rows.length} 条。
      <button type="button" class="secondary small" onClick={() => setLimit(limit + next)}>再显示 {next} 条</button>
      <button type="button" class="secondary small" onClick={() => setLimit(rows.length)}>全部显示</button>
    </p>
  );
  return { shown: rows.slice(0, limit), more };
}

/** Each event's problems, by its index (a problem's path starts `events`, index). */
function problemsByEvent(problems: readonly RecordProblem[]): Map<number, RecordProblem[]> {
  const byEvent = new Map<number, RecordProblem[]>();
  for (const p of problems) {
    if (p.path[0] !== "events" || typeof p.path[1] !== "number") continue;
    const list = byEvent.get(p.path[1]);
    if (list) list.push(p);
    else byEvent.set(p.path[1], [p]);
  }
  return byEvent;
}

export function EventTable({ policy, record, problems, editingIndex, onEdit, onRemove }: EventTableProps) {
  const department = "department" in record;
  const clauses = useMemo(() => new Map(policy.clauses.map((c) => [c.id, c])), [policy]);
  const byEvent = useMemo(() => problemsByEvent(problems), [problems]);
  const { shown, more } = usePage(record.events);
  return (
    <div class="table-wrap">
      <table class="events">
        <caption class="visually-hidden">全年记录</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">日期</th>
            {department && <th scope="col">当事人</th>}
            <th scope="col">条款</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((event, i) => {
            const clause = clauses.get(event.clause);
            const mine = byEvent.get(i) ?? [];
            return (
              <tr key={i} class={i === editingIndex ? "editing" : undefined}>
                <td class="c-index">{i + 1}</td>
                <td class="c-date">{event.date}</td>
                {department && <td class="c-person">{event.person}</td>}
                <td class="c-main">
                  {clause ? <a href={clauseHref(clause.id)}><span class="clause-id">{clause.id}</span> {clause.title}</a> : event.clause}
                  {details(event) && <small class="event-details">{details(event)}</small>}
                  {mine.map((p) => <small class="event-problem" role="note">{p.message}</small>)}
                </td>
                <td class="actions">
                  <button type="button" class="secondary" onClick={() => onEdit(i)} aria-label={`修改第 ${i + 1} 条`}>修改</button>
                  <button type="button" class="secondary" onClick={() => onRemove(i)} aria-label={`删除第 ${i + 1} 条`}>删除</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {more}
    </div>
  );
}

interface EntryTableProps {
  name: string;
  entries: Entry[];
  onNotice: (entry: Entry) => void;
}

export function EntryTable({ name, entries, onNotice }: EntryTableProps) {
  const { shown, more } = usePage(entries);
  return (
    <div class="table-wrap">
      <table class="entries">
        <caption class="visually-hidden">{name} 的明细</caption>
        <thead>
          <tr>
            <th scope="col">日期</th>
            <th scope="col">条款</th>
            <th scope="col" class="num">积分</th>
            <th scope="col" class="num">金额</th>
            <th scope="col">说明</th>
            <th scope="col"><span class="visually-hidden">通知单</span></th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => (
            <tr>
              <td class="c-date">{entry.date}</td>
              <td class="c-clause"><a href={clauseHref(entry.clause)} class="clause-id">{entry.clause}</a></td>
              <td class={`c-points num ${entry.points < 0 ? "deduct" : entry.points > 0 ? "award" : ""}`}>{signed(entry.points)}</td>
              <td class="c-money num">{entry.fine > 0 ? `罚 ${formatMoney(entry.fine)}` : entry.reward > 0 ? `奖 ${formatMoney(entry.reward)}` : "—"}</td>
              <td class="c-why">{entry.why}</td>
              <td class="c-actions"><button type="button" class="secondary small" onClick={() => onNotice(entry)} aria-label={`打印通知单：${entry.date} ${entry.clause}`}>通知单</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {more}
    </div>
  );
}

/** A director's entries: the date and the why of each. */
export function DirectorEntries({ entries }: { entries: Entry[] }) {
  const { shown, more } = usePage(entries);
  return (
    <>
      <ul>{shown.map((e) => <li>{e.date} {e.why}</li>)}</ul>
      {more}
    </>
  );
}
