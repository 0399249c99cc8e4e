/**
 * A printable 处罚/奖励通知单 for one entry: the clause and its original text, the amounts, the
 * doubling reason, and the last day to pay the fine. Printing shows only the notice.
 */
import { useEffect, useRef } from "preact/hooks";
import { originals } from "virtual:calculator-texts";
import type { Policy } from "../../check/schema";
import { describeAmounts } from "./engine";
import type { Entry } from "../../engine/index";
import { addDays } from "./model/dates";

interface Props {
  policy: Policy;
  name: string;
  entry: Entry;
  onClose: () => void;
}

export function Notice({ policy, name, entry, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    const html = document.documentElement;
    html.classList.add("printing-notice");
    return () => html.classList.remove("printing-notice");
  }, []);
  const clause = policy.clauses.find((c) => c.id === entry.clause);
  const award = entry.reward > 0 || entry.points > 0;
  const title = award ? "奖励通知单" : "处罚通知单";
  const late = policy.lateFine;
  const reason = entry.reason;
  return (
    <dialog ref={dialog} class="notice" aria-labelledby="notice-title" onClose={onClose}>
      <h2 id="notice-title">{title}</h2>
      <p class="meta">{policy.title}（{policy.version}）</p>
      <dl class="facts">
        <dt>姓名</dt><dd>{name}</dd>
        <dt>日期</dt><dd>{entry.date}</dd>
        <dt>依据</dt><dd>{entry.clause} {clause?.title}</dd>
        <dt>{award ? "奖励" : "处罚"}</dt><dd><strong>{describeAmounts(entry)}</strong></dd>
        {reason.kind === "repeat" && (
          <>
            <dt>加倍</dt>
            <dd>{reason.windowDays} 天内重犯（前次 {reason.doubledBy.date}），×{reason.factor}</dd>
          </>
        )}
        {entry.fine > 0 && late && (
          <>
            <dt>缴款期限</dt>
            <dd>请于 {addDays(entry.date, late.dueDays)} 前（含）缴纳罚款；逾期 {late.graceDays} 天仍未缴纳的，另记 {late.clause}。</dd>
          </>
        )}
        <dt>说明</dt><dd>{entry.why}</dd>
      </dl>
      {clause && (
        <blockquote class="original">
          {(originals[clause.id] ?? []).flatMap((o) => o.split("\n")).map((line) => <p>{line}</p>)}
        </blockquote>
      )}
      <div class="signatures">
        <p>当事人签字：＿＿＿＿＿＿</p>
        <p>经办人签字：＿＿＿＿＿＿</p>
        <p>日期：＿＿＿＿年＿＿月＿＿日</p>
      </div>
      <div class="row no-print">
        <button type="button" class="primary" onClick={() => window.print()}>打印</button>
        <button type="button" class="secondary" onClick={() => dialog.current?.close()}>关闭</button>
      </div>
    </dialog>
  );
}
