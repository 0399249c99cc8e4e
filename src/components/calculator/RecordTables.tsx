/**
 * The record's two tables: its events in order (each with its problems and the buttons to edit or
 * remove it) and a person's entries (each with its notice). An empty record shows neither: they are
 * loaded the first time a record has events (./tables).
 */
import { formatMoney } from "./engine";
import type { Policy } from "../../check/schema";
import type { Entry, Record, RecordEvent, RecordProblem } from "../../engine/index";
import { signed } from "../../site/amounts";
import { clauseHref } from "../../site/urls";

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

export function EventTable({ policy, record, problems, editingIndex, onEdit, onRemove }: EventTableProps) {
  const department = "department" in record;
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
          {record.events.map((event, i) => {
            const clause = policy.clauses.find((c) => c.id === event.clause);
            const mine = problems.filter((p) => p.path[0] === "events" && p.path[1] === i);
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
    </div>
  );
}

interface EntryTableProps {
  name: string;
  entries: Entry[];
  onNotice: (entry: Entry) => void;
}

export function EntryTable({ name, entries, onNotice }: EntryTableProps) {
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
          {entries.map((entry) => (
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
    </div>
  );
}
