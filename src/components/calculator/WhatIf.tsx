/**
 * The answer under 再发生一次会怎样: the figures before and after one more event of the chosen
 * clause. Loaded when a clause is first chosen there (most visits never do).
 */
import { useMemo } from "preact/hooks";
import type { Clause, Policy } from "../../check/schema";
import { checkRecord, formatMoney, formatPoints } from "./engine";
import type { Record, RecordEvent } from "../../engine/index";
import { clauseFields } from "./model/fields";
import { whatIf } from "./model/what-if";
import { useRecordProblems } from "./problems";

interface Props {
  /** Every version: events are judged by the one in force on their dates. */
  versions: readonly Policy[];
  /** The version in force on the build day, which offers the clause. */
  policy: Policy;
  record: Record;
  person: string;
  clause: Clause;
  /** The day of the added event. */
  when: string;
}

export function WhatIf({ versions, policy, record, person, clause, when }: Props) {
  const answer = useMemo(() => {
    const department = "department" in record;
    const forManager = department && record.department.manager === person;
    const f = clauseFields(policy, clause, department, forManager);
    const event: RecordEvent = { date: when, clause: clause.id };
    if (department) event.person = person;
    if (f.points) event.points = f.points.defaultValue;
    if (f.money) event.fine = f.money.defaultValue;
    const extended = { ...record, events: [...record.events, event] };
    return checkRecord(versions, extended).ok ? { change: whatIf(versions, record, person, event) } : { bad: extended };
  }, [clause, when, record, person]);
  const problems = useRecordProblems(versions, answer.bad, answer.bad !== undefined);

  if (answer.bad) return <p class="form-errors">{problems.map((p) => p.message).join("；")}</p>;
  const change = answer.change;
  return change ? (
    <div class="whatif" aria-live="polite">
      <p>
        积分 {formatPoints(change.before.finalScore)} → <strong>{formatPoints(change.after.finalScore)}</strong> 分，
        罚款合计 {formatMoney(change.before.fines)} → {formatMoney(change.after.fines)} 元，
        评级上限 {change.before.gradeCap ?? "无"} → <strong>{change.after.gradeCap ?? "无"}</strong>。
        {change.interventions.length > 0 && <> 将触发诫勉：{change.interventions.map((i) => `${i.date} ${i.reason}`).join("、")}。</>}
      </p>
      {change.added.length > 0 && <ul>{change.added.map((e) => <li>{e.why}</li>)}</ul>}
      <p class="meta">区间条款按下限、酌情条款按 0 试算。</p>
    </div>
  ) : null;
}
