/**
 * The difference between two checked policies, and between a record's results under them. The
 * zod schemas are the source of truth; the types below are derived from them. Spans are never
 * part of a difference: every value here is the policy's value with its `span` fields removed.
 */
import { z } from "zod";
import { Amount, CapRule, Category, Consequence, DefaultLiability, LateFine, Liability, Repeat, Role, Tag, Trigger } from "../check/schema";

const [FixedLiability, ShareLiability, DailyLiability] = Liability.options;
export const PlainLiability = z.discriminatedUnion("kind", [
  FixedLiability.omit({ span: true }),
  ShareLiability.omit({ span: true }),
  DailyLiability.omit({ span: true }),
]);
const [ScoreTrigger, FrequencyTrigger] = Trigger.options;
export const PlainTrigger = z.discriminatedUnion("kind", [ScoreTrigger.omit({ span: true }), FrequencyTrigger.omit({ span: true })]);
export const PlainRole = Role.omit({ span: true });
export const PlainCategory = Category.omit({ span: true });
export const PlainTag = Tag.omit({ span: true });
export const PlainCapRule = CapRule.omit({ span: true });
export const PlainRepeat = Repeat.omit({ span: true });
export const PlainLateFine = LateFine.omit({ span: true });
export const PlainDefaultLiability = DefaultLiability.omit({ span: true });

const change = <T extends z.ZodType>(value: T) => ({ old: value, new: value });

/** One changed field of a clause that exists in both versions. */
export const ClauseFieldChange = z.union([
  z.object({ field: z.enum(["points", "money"]), ...change(Amount) }),
  z.object({ field: z.enum(["title", "category", "role"]), ...change(z.string()) }),
  z.object({ field: z.literal("unit"), ...change(z.string().nullable()) }),
  z.object({ field: z.enum(["tags", "aliases", "original", "notes"]), ...change(z.array(z.string())) }),
  z.object({ field: z.literal("noRepeat"), ...change(z.boolean()) }),
  z.object({ field: z.literal("liability"), ...change(z.array(PlainLiability)) }),
]);

/** A clause as an added or removed one is shown: who, what and how much. */
export const ClauseSummary = z.object({
  id: z.string(),
  title: z.string(),
  category: z.string(),
  /** The category's direction, so that amounts read as 扣分/罚款 or 加分/奖金. */
  direction: z.enum(["award", "deduct"]),
  role: z.string(),
  points: Amount,
  money: Amount,
  unit: z.string().nullable(),
  tags: z.array(z.string()),
  liability: z.array(PlainLiability),
});

export const ClauseChange = z.object({
  id: z.string(),
  /** The title in the new version. */
  title: z.string(),
  direction: z.enum(["award", "deduct"]),
  changes: z.array(ClauseFieldChange).min(1),
});

/** Items with an id (roles, categories, tags, grade-cap rules) compared by id. */
const byId = <T extends z.ZodType>(item: T) => ({
  added: z.array(item),
  removed: z.array(item),
  changed: z.array(z.object({ id: z.string(), old: item, new: item })),
});

/** One changed global rule. */
export const RuleChange = z.union([
  z.object({ rule: z.literal("basePoints"), ...change(z.number()) }),
  z.object({ rule: z.literal("repeat"), ...change(PlainRepeat) }),
  z.object({ rule: z.literal("interventions"), ...change(z.array(PlainTrigger)) }),
  z.object({ rule: z.literal("consequences"), ...change(z.array(Consequence)) }),
  z.object({ rule: z.literal("lateFine"), ...change(PlainLateFine.nullable()) }),
  z.object({ rule: z.literal("defaultLiability"), ...change(PlainDefaultLiability) }),
  z.object({ rule: z.literal("grades"), ...change(z.array(z.string())) }),
  z.object({ rule: z.literal("complaintTag"), ...change(z.string()) }),
  z.object({ rule: z.literal("gradeRules"), ...byId(PlainCapRule) }),
  z.object({ rule: z.literal("roles"), ...byId(PlainRole) }),
  z.object({ rule: z.literal("categories"), ...byId(PlainCategory) }),
  z.object({ rule: z.literal("tags"), ...byId(PlainTag) }),
]);

export const HeaderChange = z.object({ field: z.enum(["title", "version", "effective"]), ...change(z.string()) });

export const PolicyDiff = z.object({
  header: z.array(HeaderChange),
  rules: z.array(RuleChange),
  clauses: z.object({
    added: z.array(ClauseSummary),
    removed: z.array(ClauseSummary),
    changed: z.array(ClauseChange),
  }),
  /** The document's prose paragraphs only in the new version, and only in the old one (an edit is both). */
  prose: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
});

/** A figure of one person (or director role) that differs between the two versions. */
export const FigureChange = z.union([
  z.object({ figure: z.enum(["finalScore", "fines", "rewards"]), ...change(z.number()) }),
  z.object({ figure: z.literal("gradeCap"), ...change(z.string().nullable()) }),
]);

export const PersonChange = z.object({
  /** The person's name; a director's role; null for an individual record's only person. */
  who: z.string().nullable(),
  changes: z.array(FigureChange).min(1),
});

export const RecordProblemText = z.object({ path: z.string(), code: z.string(), message: z.string() });

/** One record under both versions: unchanged, changed (who and how), or invalid under one or both. */
export const RecordComparison = z.discriminatedUnion("status", [
  z.object({ status: z.literal("same") }),
  z.object({ status: z.literal("changed"), people: z.array(PersonChange).min(1) }),
  z.object({
    status: z.literal("invalid"),
    /** Null where the record is valid under that version. */
    old: z.array(RecordProblemText).nullable(),
    new: z.array(RecordProblemText).nullable(),
  }),
]);

export type PlainLiability = z.output<typeof PlainLiability>;
export type PlainTrigger = z.output<typeof PlainTrigger>;
export type PlainCapRule = z.output<typeof PlainCapRule>;
export type ClauseFieldChange = z.output<typeof ClauseFieldChange>;
export type ClauseSummary = z.output<typeof ClauseSummary>;
export type ClauseChange = z.output<typeof ClauseChange>;
export type RuleChange = z.output<typeof RuleChange>;
export type HeaderChange = z.output<typeof HeaderChange>;
export type PolicyDiff = z.output<typeof PolicyDiff>;
export type FigureChange = z.output<typeof FigureChange>;
export type PersonChange = z.output<typeof PersonChange>;
export type RecordProblemText = z.output<typeof RecordProblemText>;
export type RecordComparison = z.output<typeof RecordComparison>;
