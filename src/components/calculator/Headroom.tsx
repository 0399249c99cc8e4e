/** Headroom for one person: points left before a stricter cap and before 诫勉, and what one more event of a chosen clause would do. */
import { useEffect, useState } from "preact/hooks";
import type { Policy } from "../../check/schema";
import { formatPoints } from "./engine";
import type { PersonResult, Record } from "../../engine/index";
import { clauseAmountsText } from "../../site/amounts";
import { capHref, ruleHref } from "../../site/urls";
import { ClausePicker } from "./ClausePicker";
import { headroom } from "./model/probe";
import { lastDate } from "./model/record-draft";

interface Props {
  /** The version in force on the build day: its clauses are the ones offered. */
  policy: Policy;
  /** Every version: events are judged by the one in force on their dates. */
  versions: readonly Policy[];
  record: Record;
  person: string;
  result: PersonResult;
}

export function Headroom({ policy, versions, record, person, result }: Props) {
  // Worked out after the result is shown: for a manager it simulates the whole record a few times,
  // seconds for a department's year of many thousands of events.
  const [worked, setWorked] = useState<{ record: Record; person: string; room: ReturnType<typeof headroom> } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setWorked({ record, person, room: headroom(policy, versions, record, person, result) }), 0);
    return () => clearTimeout(timer);
  }, [policy, versions, record, person, result]);
  // Until then the last answer for this person stays (marked busy), so that an edit does not make
  // the list flicker; undefined before the first, null when the policy has no clause to probe with.
  const room = worked?.person === person ? worked.room : undefined;
  const busy = worked?.record !== record || worked.person !== person;
  const [clauseId, setClauseId] = useState<string | null>(null);
  const [date, setDate] = useState<string>("");
  const when = date || lastDate(record);
  const clause = policy.clauses.find((c) => c.id === clauseId) ?? null;
  // The answer's view and its simulations are loaded when a clause is first chosen here.
  const [WhatIfView, setWhatIfView] = useState<typeof import("./WhatIf").WhatIf | null>(null);
  function choose(id: string | null) {
    setClauseId(id);
    if (id !== null && !WhatIfView) void import("./WhatIf").then(({ WhatIf }) => setWhatIfView(() => WhatIf));
  }

  return (
    <section class="headroom" aria-labelledby="headroom-title" aria-busy={busy}>
      <h3 id="headroom-title">余量：{person}</h3>
      {room === undefined ? (
        <p>正在计算余量……</p>
      ) : room === null ? (
        <p>本办法没有酌情处罚条款，无法模拟余量。</p>
      ) : (
        <ul>
          <li data-headroom="cap">
            {room.cap ? (
              <>再扣 <strong>{formatPoints(room.cap.lost)}</strong> 分（积分降到 {formatPoints(room.cap.score)} 分），评级上限变为最高 {room.cap.cap}{room.cap.rule && <>（<a href={capHref(room.cap.rule.id)}>{room.cap.rule.id}</a>）</>}。</>
            ) : (
              <>按目前的投诉次数，再扣分评级上限也不会更严。</>
            )}
          </li>
          <li data-headroom="score">
            {room.score ? (
              <>再扣 <strong>{formatPoints(room.score.lost)}</strong> 分（积分降到 {formatPoints(room.score.score)} 分）将触发诫勉（<a href={ruleHref(`trigger:${room.score.reason}`)}>{room.score.reason}</a>）。</>
            ) : result.finalScore <= 0 ? (
              <>积分已经扣完；只有积分回到 0 分以上后再扣完，才会再次触发诫勉。</>
            ) : (
              <>在可模拟的范围内，再扣分也不会因积分触发诫勉。</>
            )}
          </li>
          {room.frequency && (
            <li data-headroom="frequency">
              若在 {room.frequency.date} 再违规 <strong>{room.frequency.violations}</strong> 次，将触发诫勉（<a href={ruleHref(`trigger:${room.frequency.reason}`)}>{room.frequency.reason}</a>）。
            </li>
          )}
        </ul>
      )}
      <h4>再发生一次会怎样</h4>
      <div class="row">
        <ClausePicker id="whatif-clause" label="条款" clauses={policy.clauses} value={clauseId} onChange={choose} describe={(c) => clauseAmountsText(policy, c)} />
        <label>日期<input type="date" min={`${record.year}-01-01`} max={`${record.year}-12-31`} value={when} onInput={(e) => setDate(e.currentTarget.value)} /></label>
      </div>
      {clause && WhatIfView && <WhatIfView versions={versions} policy={policy} record={record} person={person} clause={clause} when={when} />}
    </section>
  );
}
