/** Whose record: a person or a department (manager and members), and the year. */
import type { Record } from "../../engine/index";
import { modeOf, renamePerson, switchMode, type Mode } from "./model/record-draft";

interface Props {
  /** The title of the manager role, for the label. */
  managerTitle: string;
  record: Record;
  onChange: (record: Record) => void;
}

const SEPARATORS = /[，,、\s]+/;

export function RecordHeader({ managerTitle, record, onChange }: Props) {
  const mode = modeOf(record);
  function setMembers(text: string) {
    if (!("department" in record)) return;
    const names = text.split(SEPARATORS).filter((n) => n !== "");
    let next: Record = record;
    record.department.members.forEach((old, i) => {
      const now = names[i];
      if (now !== undefined && now !== old) next = renamePerson(next, old, now);
    });
    if ("department" in next) onChange({ ...next, department: { ...next.department, members: names } });
  }
  return (
    <fieldset class="record-header">
      <legend>记录</legend>
      <div class="row" role="radiogroup" aria-label="记录类型">
        {(["person", "department"] as Mode[]).map((m) => (
          <label class="inline" key={m}>
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => onChange(switchMode(record, m))} />
            {m === "person" ? "个人记录" : "部门记录"}
          </label>
        ))}
      </div>
      <div class="row">
        <label>
          年份
          <input type="number" name="year" min={1900} max={2999} step={1} value={record.year} onChange={(e) => onChange({ ...record, year: Number(e.currentTarget.value) })} />
        </label>
        {"person" in record ? (
          <label>
            姓名
            <input type="text" name="name" value={record.person.name} onInput={(e) => onChange(renamePerson(record, record.person.name, e.currentTarget.value))} />
          </label>
        ) : (
          <>
            <label>
              {managerTitle}
              <input type="text" name="manager" value={record.department.manager} onInput={(e) => onChange(renamePerson(record, record.department.manager, e.currentTarget.value))} />
            </label>
            <label>
              成员（用顿号或逗号分隔）
              <input type="text" name="members" value={record.department.members.join("、")} onChange={(e) => setMembers(e.currentTarget.value)} />
            </label>
          </>
        )}
      </div>
    </fieldset>
  );
}
