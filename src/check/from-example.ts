/** An example (示例) of the parse tree → a checked example: a record and its expected figures. */
import type * as T from "../syntax/tree";
import type * as P from "./schema";
import { problem, type Problem } from "../diagnostics/problem";
import { spanOf } from "../syntax/span-of";

export function fromExample(e: T.Example, problems: Problem[]): P.Example | null {
  let record: Extract<T.ExampleField, { type: "RecordField" }> | undefined;
  const events: P.ExampleEvent[] = [];
  const expect: P.Expectation[] = [];
  const notes: string[] = [];
  for (const f of e.fields) {
    switch (f.type) {
      case "RecordField":
        record = f;
        break;
      case "Note":
        notes.push(f.text.value);
        break;
      case "EventField": {
        const event: P.ExampleEvent = { date: f.date.value, person: f.person?.name ?? null, clause: f.clause.name, span: spanOf(f) };
        for (const x of f.fields) {
          if (x.type === "EventNumber") event[x.key] = x.value.value;
          else if (x.type === "EventPaid") event.finePaidOn = x.date.value;
          else event.responsibility = x.value.name;
        }
        events.push(event);
        break;
      }
      case "ExpectField": {
        const expectation: P.Expectation = { who: f.who?.name ?? null, span: spanOf(f) };
        for (const x of f.fields) {
          if (x.type === "ExpectNumber") expectation[x.key] = x.value.value;
          else if (x.type === "ExpectInterventions")
            expectation.interventions = x.items.map((i) => ({ date: i.date.value, reason: i.reason.name }));
          else expectation.gradeCap = x.cap?.name ?? null;
        }
        expect.push(expectation);
        break;
      }
    }
  }
  if (!record) problems.push(problem("E0603", spanOf(e.id), { example: e.id.name, field: "“记录”行（如“记录 2024 年，个人 张三”）" }));
  if (expect.length === 0) problems.push(problem("E0603", spanOf(e.id), { example: e.id.name, field: "“预期”行" }));
  if (!record || expect.length === 0) return null;
  const s = record.subject;
  return {
    id: e.id.name,
    title: e.title.value,
    year: record.year.value,
    subject:
      s.type === "PersonSubject"
        ? { kind: "person", name: s.name.name }
        : { kind: "department", manager: s.manager.name, members: s.members.map((m) => m.name) },
    events,
    expect,
    notes,
    span: spanOf(e),
  };
}
