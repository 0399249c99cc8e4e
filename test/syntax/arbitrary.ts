/**
 * fast-check generators of parse trees: any shape the grammar can produce, with dummy spans.
 * Names come from a small alphabet that cannot collide with keywords.
 */
import fc from "fast-check";
import type * as T from "../../src/syntax/tree";

// Every node's span (its fields spread into each node): nothing in print reads it.
const span = { lineStarts: new Int32Array(1), from: 0, to: 0 };
const pick = <const A extends string | number>(...xs: A[]) => fc.constantFrom(...xs);

const ident: fc.Arbitrary<T.Ident> = fc
  .tuple(
    fc.stringMatching(/^[甲乙丙丁戊己AB][甲乙丙丁戊己AB0-9]{0,4}$/),
    fc.array(fc.stringMatching(/^[0-9]{1,2}$/), { maxLength: 2 }),
  )
  .map(([head, parts]) => ({ type: "Ident", name: [head, ...parts].join("."), ...span }));

const text = fc.stringMatching(/^[^」]{0,40}$/);
const str: fc.Arbitrary<T.Str> = text.map((value) => ({ type: "Str", value, ...span }));
const word: fc.Arbitrary<T.Word> = fc
  .stringMatching(/^[甲乙丙字词0-9A-Za-z][甲乙丙字词0-9A-Za-z ]{0,8}[甲乙丙字词0-9A-Za-z]$/)
  .map((text) => ({ type: "Word", text, ...span }));
const trailing = fc.option(fc.stringMatching(/^[^\r\n]{0,12}$/).map((t) => t.trim()), { nil: null });

const comment: fc.Arbitrary<T.Comment> = fc.stringMatching(/^[^\r\n]{0,30}$/).map((t) => ({ type: "Comment", text: t.trim(), ...span }));

const numberLit = (min = -50, max = 1000): fc.Arbitrary<T.NumberLit> =>
  fc.oneof(fc.integer({ min, max }), fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10)).map((value) => ({
    type: "Number",
    value,
    raw: String(value),
    ...span,
  }));

const date: fc.Arbitrary<T.DateLit> = fc
  .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
  .map((d) => ({ type: "Date", value: d.toISOString().slice(0, 10), ...span }));

const amount: fc.Arbitrary<T.Amount> = fc.oneof(
  fc.record({ value: numberLit(), percent: fc.boolean() }).map((a) => ({ type: "Amount" as const, kind: "fixed" as const, ...a, ...span })),
  fc.record({ min: numberLit(), max: numberLit(), percent: fc.boolean() }).map((a) => ({ type: "Amount" as const, kind: "range" as const, ...a, ...span })),
  fc.constant({ type: "Amount" as const, kind: "discretion" as const, ...span }),
  fc.constant({ type: "Amount" as const, kind: "none" as const, ...span }),
);

const bound: fc.Arbitrary<T.Bound> = fc
  .record({
    written: pick("symbol", "inclusive", "exclusive", "bare"),
    up: fc.boolean(),
    strict: fc.boolean(),
    value: numberLit(),
    unit: fc.option(pick("人次", "次", "项", "分", "天"), { nil: null }),
  })
  .map(({ written, up, strict, value, unit }) => {
    const isStrict = written === "exclusive" || (written === "symbol" && strict);
    const op = (up ? (isStrict ? ">" : ">=") : isStrict ? "<" : "<=") as T.Bound["op"];
    return { type: "Bound" as const, op, value, unit, written, ...span };
  });

const note = str.map((text): T.Note => ({ type: "Note", comment: null, text, ...span }));
const original = str.map((text): T.Original => ({ type: "Original", comment: null, text, ...span }));
const notes = fc.array(fc.oneof(note, comment), { maxLength: 3 });

const ruleBody: fc.Arbitrary<T.RuleBody> = fc.oneof(
  numberLit().map((points): T.BasePoints => ({ type: "BasePoints", points, ...span })),
  fc
    .record({
      reason: ident,
      condition: fc.oneof(
        bound.map((b): T.ScoreCondition => ({ type: "ScoreCondition", bound: b, ...span })),
        fc
          .record({ window: numberLit(0), count: numberLit(0), reset: fc.boolean() })
          .map((c): T.FrequencyCondition => ({ type: "FrequencyCondition", ...c, ...span })),
      ),
    })
    .map((t): T.Trigger => ({ type: "Trigger", ...t, ...span })),
  fc.array(word, { minLength: 1, maxLength: 4 }).map((items): T.Consequences => ({ type: "Consequences", items, ...span })),
  fc
    .record({
      role: ident,
      shares: fc.array(
        fc.record({ responsibility: ident, percent: numberLit(0) }).map((s): T.Share => ({ type: "Share", ...s, ...span })),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map((d): T.DefaultLiability => ({ type: "DefaultLiability", ...d, ...span })),
  fc.record({ window: numberLit(0), factor: numberLit(0) }).map((r): T.Repeat => ({ type: "Repeat", ...r, ...span })),
  fc.record({ due: numberLit(0), grace: numberLit(0), clause: ident }).map((l): T.LateFine => ({ type: "LateFine", ...l, ...span })),
  fc.record({ grades: fc.array(ident, { minLength: 1, maxLength: 5 }), tag: ident }).map((g): T.Grades => ({ type: "Grades", ...g, ...span })),
  fc
    .record({ id: ident, score: bound, complaints: bound, cap: ident, text: fc.option(str, { nil: null }) })
    .map((c): T.CapRule => ({ type: "CapRule", ...c, ...span })),
);

const liability: fc.Arbitrary<T.Liability> = fc
  .record({
    role: ident,
    daily: fc.option(fc.record({ group: str, measure: pick("count", "event"), threshold: bound })),
    points: fc.option(amount, { nil: null }),
    money: fc.option(amount, { nil: null }),
  })
  .filter((l) => l.points !== null || l.money !== null)
  .map(({ role, daily, points, money }): T.Liability =>
    daily
      ? { type: "Liability", comment: null, role, kind: "daily", points, money, group: daily.group, measure: daily.measure as "count" | "event", threshold: daily.threshold, ...span }
      : { type: "Liability", comment: null, role, kind: "amounts", points, money, ...span },
  );

const clauseField: fc.Arbitrary<T.ClauseField> = fc.oneof(
  original,
  note,
  ident.map((value) => ({ type: "CategoryField" as const, comment: null, value, ...span })),
  ident.map((value) => ({ type: "RoleField" as const, comment: null, value, ...span })),
  fc.record({ direction: pick("award", "deduct"), amount }).map((f) => ({ type: "PointsField" as const, comment: null, ...f, ...span })),
  fc.record({ key: pick("fine", "reward"), amount }).map((f) => ({ type: "MoneyField" as const, comment: null, ...f, ...span })),
  ident.map((value) => ({ type: "UnitField" as const, comment: null, value, ...span })),
  fc.array(ident, { minLength: 1, maxLength: 3 }).map((values) => ({ type: "TagsField" as const, comment: null, values, ...span })),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((values) => ({ type: "AliasesField" as const, comment: null, values, ...span })),
  fc.constant({ type: "NoRepeatField" as const, comment: null, ...span }),
  liability,
);

const eventField: fc.Arbitrary<T.EventField> = fc.oneof(
  fc
    .record({
      entry: pick(...([["count", "数量"], ["points", "扣分"], ["points", "加分"], ["fine", "罚款"], ["fine", "奖金"], ["managerPoints", "连带扣分"], ["managerFine", "连带罚款"], ["directorShare", "比例"]] as const).map((e) => e.join(":"))),
      value: numberLit(0),
    })
    .map(({ entry, value }) => {
      const [key, keyword] = entry.split(":") as [T.EventNumberKey, string];
      return { type: "EventNumber" as const, key, keyword, value, ...span };
    }),
  date.map((d) => ({ type: "EventPaid" as const, date: d, ...span })),
  ident.map((value) => ({ type: "EventResponsibility" as const, value, ...span })),
);

const expectItem: fc.Arbitrary<T.ExpectFieldItem> = fc.oneof(
  fc
    .record({ key: pick("finalScore", "pointsDeducted", "pointsAwarded", "fines", "rewards", "violations", "complaints"), value: numberLit() })
    .map((f) => ({ type: "ExpectNumber" as const, ...f, ...span })),
  fc
    .array(fc.record({ date, reason: ident }).map((i): T.InterventionItem => ({ type: "InterventionItem", ...i, ...span })), { maxLength: 2 })
    .map((items) => ({ type: "ExpectInterventions" as const, items, ...span })),
  fc.option(ident, { nil: null }).map((cap) => ({ type: "ExpectCap" as const, cap, ...span })),
);

const subject: fc.Arbitrary<T.Subject> = fc.oneof(
  ident.map((name) => ({ type: "PersonSubject" as const, name, ...span })),
  fc
    .record({ manager: ident, members: fc.array(ident, { minLength: 1, maxLength: 3 }) })
    .map((s) => ({ type: "DepartmentSubject" as const, ...s, ...span })),
);

const exampleField: fc.Arbitrary<T.ExampleField> = fc.oneof(
  note,
  fc.record({ year: numberLit(2000, 2099).map((n) => ({ ...n, value: Math.round(n.value), raw: String(Math.round(n.value)) })), subject })
    .map((f) => ({ type: "RecordField" as const, comment: null, ...f, ...span })),
  fc
    .record({ date, person: fc.option(ident, { nil: null }), clause: ident, fields: fc.array(eventField, { maxLength: 3 }) })
    .map((f) => ({ type: "EventField" as const, comment: null, ...f, ...span })),
  fc
    .record({ who: fc.option(ident, { nil: null }), fields: fc.array(expectItem, { minLength: 1, maxLength: 3 }) })
    .map((f) => ({ type: "ExpectField" as const, comment: null, ...f, ...span })),
);

export const item: fc.Arbitrary<T.Item> = fc.oneof(
  comment,
  str.map((text): T.Title => ({ type: "Title", comment: null, text, ...span })),
  str.map((text): T.Version => ({ type: "Version", comment: null, text, ...span })),
  date.map((d): T.Effective => ({ type: "Effective", comment: null, date: d, ...span })),
  fc.record({ id: ident, title: fc.option(str, { nil: null }), kind: pick("member", "manager", "other") }).map((r): T.RoleDef => ({ type: "RoleDef", comment: null, ...r, ...span })),
  fc.record({ id: ident, title: fc.option(str, { nil: null }), direction: pick("award", "deduct") }).map((c): T.CategoryDef => ({ type: "CategoryDef", comment: null, ...c, ...span })),
  fc.record({ id: ident, title: str }).map((t): T.TagDef => ({ type: "TagDef", comment: null, ...t, ...span })),
  fc.record({ level: pick(1, 2, 3), text: str, notes }).map((h): T.Heading => ({ type: "Heading", comment: null, ...h, ...span })),
  fc.record({ text: str, notes }).map((p): T.Paragraph => ({ type: "Paragraph", comment: null, ...p, ...span })),
  fc.record({ body: ruleBody, fields: fc.array(fc.oneof(original, note, comment), { maxLength: 3 }) }).map((r): T.Rule => ({ type: "Rule", comment: null, ...r, ...span })),
  fc.record({ id: ident, title: str, fields: fc.array(fc.oneof(clauseField, comment), { maxLength: 8 }) }).map((c): T.Clause => ({ type: "Clause", comment: null, ...c, ...span })),
  fc.record({ id: ident, title: str, fields: fc.array(fc.oneof(exampleField, comment), { maxLength: 6 }) }).map((e): T.Example => ({ type: "Example", comment: null, ...e, ...span })),
);

/** Spread generated trailing comments over the statements (every node with a `comment` key). */
function withTrailingComments(doc: T.Document, comments: (string | null)[]): T.Document {
  let i = 0;
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(visit);
    if (x === null || typeof x !== "object") return;
    const node = x as Record<string, unknown>;
    if ("comment" in node) node.comment = comments[i++ % comments.length] ?? null;
    Object.values(node).forEach(visit);
  };
  visit(doc);
  return doc;
}

export const documentTree: fc.Arbitrary<T.Document> = fc
  .tuple(fc.array(item, { maxLength: 12 }), fc.array(trailing, { minLength: 1, maxLength: 40 }))
  .map(([items, comments]) => withTrailingComments(structuredClone({ type: "Document", items, ...span }), comments));

const SPAN_FIELDS = new Set(["lineStarts", "from", "to"]);

/** The tree without its spans, for comparing trees that came from different texts. */
export function withoutSpans(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(withoutSpans);
  if (x === null || typeof x !== "object") return x;
  return Object.fromEntries(Object.entries(x).filter(([k]) => !SPAN_FIELDS.has(k)).map(([k, v]) => [k, withoutSpans(v)]));
}
