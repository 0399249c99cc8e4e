/** One person's result: the figures, the grade cap and its rule, interventions, and (./RecordTables) the chart and every entry. */
import type { Policy } from "../../check/schema";
import { formatMoney, formatPoints } from "./engine";
import type { Entry, PersonResult } from "../../engine/index";
import { consequencesText } from "../../site/rules-text";
import { capHref, ruleHref } from "../../site/urls";
import { useRecordTables } from "./tables";

interface Props {
  policy: Policy;
  name: string;
  year: number;
  result: PersonResult;
  onNotice: (entry: Entry) => void;
}

export function PersonResults({ policy, name, year, result, onNotice }: Props) {
  const tag = policy.tags.find((t) => t.id === policy.grading.complaintTag)?.title ?? policy.grading.complaintTag;
  const figures: [string, string, string][] = [
    ["pointsDeducted", "扣分", `${formatPoints(result.pointsDeducted)} 分`],
    ["pointsAwarded", "加分", `${formatPoints(result.pointsAwarded)} 分`],
    ["fines", "罚款", `${formatMoney(result.fines)} 元`],
    ["rewards", "奖金", `${formatMoney(result.rewards)} 元`],
    ["violations", "违规", `${result.violations} 次`],
    ["complaints", tag, `${result.complaints} 次`],
  ];
  const rule = result.gradeCapRule;
  const tables = useRecordTables(result.entries.length > 0);
  return (
    <div class="person-results" data-person={name}>
      <dl class="summary">
        <div class="score">
          <dt>年底积分</dt>
          <dd data-result="finalScore">{formatPoints(result.finalScore)}</dd>
        </div>
        {figures.map(([key, label, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-result={key}>{value}</dd>
          </div>
        ))}
        <div class="cap">
          <dt>评级上限</dt>
          <dd>
            <span data-result="gradeCap">{result.gradeCap === null ? "无上限" : `最高 ${result.gradeCap}`}</span>
            {rule && <small>依据 <a href={capHref(rule.id)}>{rule.id}</a>：{rule.text}</small>}
          </dd>
        </div>
      </dl>

      <h4>诫勉</h4>
      {result.interventions.length === 0 ? (
        <p data-result="interventions">无</p>
      ) : (
        <ul data-result="interventions" class="interventions">
          {result.interventions.map((i) => (
            <li>
              <time dateTime={i.date}>{i.date}</time> <a href={ruleHref(`trigger:${i.reason}`)}>{i.reason}</a>
            </li>
          ))}
          <li class="meta">每次诫勉：{consequencesText(policy)}</li>
        </ul>
      )}

      {result.entries.length > 0 && tables && (
        <>
          <h4>积分走势</h4>
          <tables.Timeline policy={policy} year={year} result={result} />
        </>
      )}

      <h4>明细</h4>
      {result.entries.length === 0 ? <p>没有加减分或罚款。</p> : tables && <tables.EntryTable name={name} entries={result.entries} onNotice={onNotice} />}
    </div>
  );
}
