/**
 * The parse tree: exactly what grammar/policy.peggy returns. Every node carries its span, as two
 * offsets and the text's line starts (`spanOf(node)` gives the span with lines and columns).
 * Nothing here is validated yet; the check stage (src/check/) turns it into a Policy.
 */
import type { Located } from "./span-of";

interface Node<T extends string> extends Located {
  type: T;
}

/** A node that is one line of the text; a comment at the end of that line is kept with it. */
interface Statement<T extends string> extends Node<T> {
  comment: string | null;
}

export interface Str extends Node<"Str"> { value: string }
export interface Ident extends Node<"Ident"> { name: string }
export interface NumberLit extends Node<"Number"> { value: number; raw: string }
export interface DateLit extends Node<"Date"> { value: string }
export interface Word extends Node<"Word"> { text: string }
export interface Comment extends Node<"Comment"> { text: string }
export interface Note extends Statement<"Note"> { text: Str }
export interface Original extends Statement<"Original"> { text: Str }

export type Amount =
  | (Node<"Amount"> & { kind: "fixed"; value: NumberLit; percent: boolean })
  | (Node<"Amount"> & { kind: "range"; min: NumberLit; max: NumberLit; percent: boolean })
  | (Node<"Amount"> & { kind: "discretion" })
  | (Node<"Amount"> & { kind: "none" })
  | (Node<"Amount"> & { kind: "invalid"; word: string });

export interface Bound extends Node<"Bound"> {
  op: ">=" | "<=" | ">" | "<";
  value: NumberLit;
  unit: string | null;
  written: "symbol" | "inclusive" | "exclusive" | "bare";
}

export interface Title extends Statement<"Title"> { text: Str }
export interface Version extends Statement<"Version"> { text: Str }
export interface Effective extends Statement<"Effective"> { date: DateLit }
export interface RoleDef extends Statement<"RoleDef"> { id: Ident; title: Str | null; kind: "member" | "manager" | "other" }
export interface CategoryDef extends Statement<"CategoryDef"> { id: Ident; title: Str | null; direction: "award" | "deduct" }
export interface TagDef extends Statement<"TagDef"> { id: Ident; title: Str }
export interface Heading extends Statement<"Heading"> { level: 1 | 2 | 3; text: Str; notes: (Note | Comment)[] }
export interface Paragraph extends Statement<"Paragraph"> { text: Str; notes: (Note | Comment)[] }

export interface BasePoints extends Node<"BasePoints"> { points: NumberLit }
export interface ScoreCondition extends Node<"ScoreCondition"> { bound: Bound }
export interface FrequencyCondition extends Node<"FrequencyCondition"> { window: NumberLit; count: NumberLit; reset: boolean }
export interface Trigger extends Node<"Trigger"> { reason: Ident; condition: ScoreCondition | FrequencyCondition }
export interface Consequences extends Node<"Consequences"> { items: Word[] }
export interface Share extends Node<"Share"> { responsibility: Ident; percent: NumberLit }
export interface DefaultLiability extends Node<"DefaultLiability"> { role: Ident; shares: Share[] }
export interface Repeat extends Node<"Repeat"> { window: NumberLit; factor: NumberLit }
export interface LateFine extends Node<"LateFine"> { due: NumberLit; grace: NumberLit; clause: Ident }
export interface Grades extends Node<"Grades"> { grades: Ident[]; tag: Ident }
export interface CapRule extends Node<"CapRule"> { id: Ident; score: Bound; complaints: Bound; cap: Ident; text: Str | null }

export type RuleBody = BasePoints | Trigger | Consequences | DefaultLiability | Repeat | LateFine | Grades | CapRule;
export interface Rule extends Statement<"Rule"> { body: RuleBody; fields: (Original | Note | Comment)[] }

export interface Liability extends Statement<"Liability"> {
  role: Ident;
  kind: "amounts" | "daily";
  points: Amount | null;
  money: Amount | null;
  group?: Str;
  measure?: "count" | "event";
  threshold?: Bound;
}

export type ClauseField =
  | Original
  | Note
  | Comment
  | (Statement<"CategoryField"> & { value: Ident })
  | (Statement<"RoleField"> & { value: Ident })
  | (Statement<"PointsField"> & { direction: "award" | "deduct"; amount: Amount })
  | (Statement<"MoneyField"> & { key: "fine" | "reward"; amount: Amount })
  | (Statement<"UnitField"> & { value: Ident })
  | (Statement<"TagsField"> & { values: Ident[] })
  | (Statement<"AliasesField"> & { values: Word[] })
  | Statement<"NoRepeatField">
  | Liability;

export interface Clause extends Statement<"Clause"> { id: Ident; title: Str; fields: ClauseField[] }

export type Subject =
  | (Node<"PersonSubject"> & { name: Ident })
  | (Node<"DepartmentSubject"> & { manager: Ident; members: Ident[] });

export type EventNumberKey = "count" | "points" | "fine" | "managerPoints" | "managerFine" | "directorShare";
export type EventField =
  | (Node<"EventNumber"> & { key: EventNumberKey; keyword: string; value: NumberLit })
  | (Node<"EventPaid"> & { date: DateLit })
  | (Node<"EventResponsibility"> & { value: Ident });

export type ExpectNumberKey = "finalScore" | "pointsDeducted" | "pointsAwarded" | "fines" | "rewards" | "violations" | "complaints";
export interface InterventionItem extends Node<"InterventionItem"> { date: DateLit; reason: Ident }
export type ExpectFieldItem =
  | (Node<"ExpectNumber"> & { key: ExpectNumberKey; value: NumberLit })
  | (Node<"ExpectInterventions"> & { items: InterventionItem[] })
  | (Node<"ExpectCap"> & { cap: Ident | null });

export type ExampleField =
  | Note
  | Comment
  | (Statement<"RecordField"> & { year: NumberLit; subject: Subject })
  | (Statement<"EventField"> & { date: DateLit; person: Ident | null; clause: Ident; fields: EventField[] })
  | (Statement<"ExpectField"> & { who: Ident | null; fields: ExpectFieldItem[] });

export interface Example extends Statement<"Example"> { id: Ident; title: Str; fields: ExampleField[] }

export type Item =
  | Comment | Title | Version | Effective | RoleDef | CategoryDef | TagDef
  | Heading | Paragraph | Rule | Clause | Example;

export interface Document extends Node<"Document"> { items: Item[] }
