/** The record's events in order, each with its problems (if any) and edit / remove buttons. */
import type { Policy } from "../../check/schema";
import type { Record, RecordEvent, RecordProblem } from "../../engine/index";
import { clauseHref } from "../../site/urls";

interface Props {
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

export function EventList({ policy, record, problems, editingIndex, onEdit, onRemove }: Props) {
  const department = "department" in record;
  if (record.events.length === 0) return <p class="empty">还没有记录。用下面的表单添加第一条。</p>;
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
