/** The result: one person's, or in a department the chosen person's, and the directors' fines. */
import type { Policy } from "../../check/schema";
import { formatMoney, formatPoints, isDepartmentResult } from "./engine";
import type { DepartmentResult, Entry, Record, Result } from "../../engine/index";
import { PersonResults } from "./PersonResults";
import { useRecordTables } from "./tables";

interface Props {
  policy: Policy;
  record: Record;
  result: Result;
  person: string;
  onSelect: (name: string) => void;
  onNotice: (name: string, entry: Entry) => void;
}

/** People shown as buttons; a larger department gets a list to choose from (its buttons filled a phone's screen). */
const TABS = 6;

const personLabel = (p: DepartmentResult["people"][number]) => `${p.name}（${p.role}）：${formatPoints(p.finalScore)} 分`;

export function Results({ policy, record, result, person, onSelect, onNotice }: Props) {
  const tables = useRecordTables(isDepartmentResult(result) && result.directors.some((d) => d.entries.length > 0));
  if (!isDepartmentResult(result)) {
    return <PersonResults policy={policy} name={person} year={record.year} result={result} onNotice={(e) => onNotice(person, e)} />;
  }
  const shown = result.people.find((p) => p.name === person) ?? result.people[0]!;
  const roleTitle = (id: string) => policy.roles.find((r) => r.id === id)?.title ?? id;
  return (
    <div>
      {result.people.length > TABS ? (
        <label class="people-select">
          选择人员
          <select value={shown.name} onChange={(e) => onSelect(e.currentTarget.value)}>
            {result.people.map((p) => <option value={p.name}>{personLabel(p)}</option>)}
          </select>
        </label>
      ) : (
        <div class="people-tabs" role="group" aria-label="选择人员">
          {result.people.map((p) => (
            <button type="button" class={p.name === shown.name ? "primary" : "secondary"} aria-pressed={p.name === shown.name} onClick={() => onSelect(p.name)}>
              {personLabel(p)}
            </button>
          ))}
        </div>
      )}
      {/* Whose result this is, also on paper, where the choice above is not printed. */}
      <h3 class="person-name">{shown.name}（{shown.role}）</h3>
      <PersonResults policy={policy} name={shown.name} year={record.year} result={shown} onNotice={(e) => onNotice(shown.name, e)} />
      {result.directors.length > 0 && (
        <>
          <h4>其他责任人</h4>
          <ul class="directors">
            {result.directors.map((d) => (
              <li>
                {roleTitle(d.role)}：罚款 <span data-result={`director-${d.role}`}>{formatMoney(d.fines)}</span> 元
                {d.entries.length > 0 && tables && <tables.DirectorEntries entries={d.entries} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
