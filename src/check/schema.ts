/**
 * The checked policy: the one output of the check stage and the one input of the engine and the
 * site. The zod schemas are the source of truth; every type below is derived from them.
 */
import { z } from "zod";
import { Span } from "../diagnostics/span";

export { Position, Span } from "../diagnostics/span";

/** A fixed number, a whole-number range a~b (inclusive), 酌情 (set per event), or none at all. */
export const Amount = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("fixed"), value: z.number().nonnegative() }),
  z.object({ kind: z.literal("range"), min: z.number().int().nonnegative(), max: z.number().int().nonnegative() }),
  z.object({ kind: z.literal("discretion") }),
  z.object({ kind: z.literal("none") }),
]);

/** A comparison with an explicit inclusive or strict bound; `written` remembers how the text said it. */
export const Bound = z.object({
  op: z.enum([">=", "<=", ">", "<"]),
  value: z.number(),
  written: z.enum(["symbol", "inclusive", "exclusive", "bare"]),
});

export const Role = z.object({
  id: z.string(),
  title: z.string(),
  /** `member`: the person a record is about; `manager`: the 负责人 who shares a member's liability; `other`: money-only roles. */
  kind: z.enum(["member", "manager", "other"]),
  span: Span,
});

export const Category = z.object({
  id: z.string(),
  title: z.string(),
  direction: z.enum(["award", "deduct"]),
  span: Span,
});

export const Tag = z.object({ id: z.string(), title: z.string(), span: Span });

export const Liability = z.discriminatedUnion("kind", [
  /** The role gets these amounts for each member event (ranges: chosen per event, default the low bound). */
  z.object({ kind: z.literal("fixed"), role: z.string(), points: Amount, money: Amount, span: Span }),
  /** The role is fined a percentage of the member's fine (a range: chosen per event, default the low bound). */
  z.object({ kind: z.literal("share"), role: z.string(), percent: Amount, span: Span }),
  /** Once per day on which the pooled measure of a group's events meets the threshold. */
  z.object({
    kind: z.literal("daily"),
    role: z.string(),
    group: z.string(),
    threshold: Bound,
    /** `count`: each event adds its count; `event`: each event adds 1 whatever its count. */
    measure: z.enum(["count", "event"]),
    unit: z.string(),
    points: Amount,
    money: Amount,
    span: Span,
  }),
]);

export const Clause = z.object({
  id: z.string(),
  title: z.string(),
  category: z.string(),
  /** The role whose conduct the clause judges. */
  role: z.string(),
  original: z.array(z.string()).min(1),
  notes: z.array(z.string()),
  points: Amount,
  money: Amount,
  unit: z.string().nullable(),
  tags: z.array(z.string()),
  aliases: z.array(z.string()),
  /** Never doubled as a repeat (e.g. the late-fine penalty). */
  noRepeat: z.boolean(),
  liability: z.array(Liability),
  /** Headings of the chapters and sections around it, outermost first. */
  headings: z.array(z.string()),
  span: Span,
});

/** The general liability rule: what the manager gets when a clause names no 连带 of its own. */
export const DefaultLiability = z.object({
  role: z.string(),
  shares: z.array(z.object({ responsibility: z.string(), percent: z.number().nonnegative() })).min(1),
  span: Span,
});

export const Repeat = z.object({ windowDays: z.number().int().positive(), factor: z.number().positive(), span: Span });

export const Trigger = z.discriminatedUnion("kind", [
  /** The score falls to the bound from outside it. */
  z.object({ kind: z.literal("score"), reason: z.string(), bound: Bound, span: Span }),
  /** The n-th counted violation within a window of days; the counted ones start afresh afterwards. */
  z.object({ kind: z.literal("frequency"), reason: z.string(), count: z.number().int().positive(), windowDays: z.number().int().positive(), reset: z.boolean(), span: Span }),
]);

export const Consequence = z.object({ text: z.string(), money: z.number().nonnegative().nullable() });

export const LateFine = z.object({
  dueDays: z.number().int().nonnegative(),
  graceDays: z.number().int().nonnegative(),
  clause: z.string(),
  span: Span,
});

export const CapRule = z.object({
  id: z.string(),
  score: Bound,
  complaints: Bound,
  /** The highest grade allowed when the rule matches. */
  cap: z.string(),
  /** How the text says it, for the handbook (e.g. 不得评为A级及以上). */
  text: z.string(),
  span: Span,
});

export const Grading = z.object({
  /** Best first. */
  grades: z.array(z.string()).min(1),
  complaintTag: z.string(),
  rules: z.array(CapRule),
  span: Span,
});

export const ExampleEvent = z.object({
  date: z.string(),
  person: z.string().nullable(),
  clause: z.string(),
  count: z.number().optional(),
  points: z.number().optional(),
  fine: z.number().optional(),
  finePaidOn: z.string().optional(),
  responsibility: z.string().optional(),
  managerPoints: z.number().optional(),
  managerFine: z.number().optional(),
  directorShare: z.number().optional(),
  span: Span,
});

/** Expected figures of one person (or director role) of an example; only the given ones are compared. */
export const Expectation = z.object({
  who: z.string().nullable(),
  finalScore: z.number().optional(),
  pointsDeducted: z.number().optional(),
  pointsAwarded: z.number().optional(),
  fines: z.number().optional(),
  rewards: z.number().optional(),
  violations: z.number().optional(),
  complaints: z.number().optional(),
  interventions: z.array(z.object({ date: z.string(), reason: z.string() })).optional(),
  gradeCap: z.string().nullable().optional(),
  span: Span,
});

export const Example = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().int(),
  subject: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("person"), name: z.string() }),
    z.object({ kind: z.literal("department"), manager: z.string(), members: z.array(z.string()).min(1) }),
  ]),
  events: z.array(ExampleEvent),
  expect: z.array(Expectation).min(1),
  notes: z.array(z.string()),
  span: Span,
});

/** The document in reading order; clauses appear by id, their content lives in `clauses`. */
export const Block = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("heading"), level: z.number().int().min(1).max(3), text: z.string(), span: Span }),
  z.object({ kind: z.literal("paragraph"), text: z.string(), notes: z.array(z.string()), span: Span }),
  z.object({ kind: z.literal("clause"), id: z.string() }),
  z.object({ kind: z.literal("rule"), rule: z.string(), original: z.array(z.string()), notes: z.array(z.string()), span: Span }),
]);

export const Policy = z.object({
  title: z.string(),
  effective: z.string(),
  version: z.string(),
  basePoints: z.number(),
  roles: z.array(Role),
  categories: z.array(Category),
  tags: z.array(Tag),
  defaultLiability: DefaultLiability,
  repeat: Repeat,
  interventions: z.array(Trigger),
  consequences: z.array(Consequence),
  lateFine: LateFine.nullable(),
  grading: Grading,
  clauses: z.array(Clause),
  document: z.array(Block),
  examples: z.array(Example),
});

export type Amount = z.output<typeof Amount>;
export type Bound = z.output<typeof Bound>;
export type Role = z.output<typeof Role>;
export type Category = z.output<typeof Category>;
export type Tag = z.output<typeof Tag>;
export type Liability = z.output<typeof Liability>;
export type Clause = z.output<typeof Clause>;
export type DefaultLiability = z.output<typeof DefaultLiability>;
export type Repeat = z.output<typeof Repeat>;
export type Trigger = z.output<typeof Trigger>;
export type Consequence = z.output<typeof Consequence>;
export type LateFine = z.output<typeof LateFine>;
export type CapRule = z.output<typeof CapRule>;
export type Grading = z.output<typeof Grading>;
export type ExampleEvent = z.output<typeof ExampleEvent>;
export type Expectation = z.output<typeof Expectation>;
export type Example = z.output<typeof Example>;
export type Block = z.output<typeof Block>;
export type Policy = z.output<typeof Policy>;
