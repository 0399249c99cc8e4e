/** One record under two policies → whose score, fines, rewards or grade cap changes. */
import type { Policy } from "../check/schema";
import { formatPath, isDepartmentResult, simulate, validateRecord, type PersonResult, type Result } from "../engine";
import { RecordComparison, type FigureChange, type PersonChange, type RecordProblemText } from "./schema";

export function compareRecord(oldPolicy: Policy, newPolicy: Policy, json: unknown): RecordComparison {
  const before = validateRecord(oldPolicy, json);
  const after = validateRecord(newPolicy, json);
  if (!before.ok || !after.ok) {
    return { status: "invalid", old: before.ok ? null : problemTexts(before.problems), new: after.ok ? null : problemTexts(after.problems) };
  }
  const people = comparePeople(simulate(oldPolicy, before.record), simulate(newPolicy, after.record));
  return RecordComparison.parse(people.length === 0 ? { status: "same" } : { status: "changed", people });
}

function problemTexts(problems: readonly { path: (string | number)[]; code: string; message: string }[]): RecordProblemText[] {
  return problems.map((p) => ({ path: formatPath(p.path), code: p.code, message: p.message }));
}

type Figures = Pick<PersonResult, "finalScore" | "fines" | "rewards" | "gradeCap">;
const NO_FIGURES: Figures = { finalScore: 0, fines: 0, rewards: 0, gradeCap: null };

function figuresOf(result: Result): Map<string | null, Figures> {
  if (!isDepartmentResult(result)) return new Map([[null, result]]);
  return new Map<string | null, Figures>([
    ...result.people.map((p) => [p.name, p] as const),
    ...result.directors.map((d) => [d.role, { ...NO_FIGURES, fines: d.fines }] as const),
  ]);
}

function comparePeople(before: Result, after: Result): PersonChange[] {
  const oldFigures = figuresOf(before);
  const newFigures = figuresOf(after);
  const people: PersonChange[] = [];
  for (const who of new Set([...oldFigures.keys(), ...newFigures.keys()])) {
    const a = oldFigures.get(who) ?? NO_FIGURES;
    const b = newFigures.get(who) ?? NO_FIGURES;
    const changes: FigureChange[] = [];
    for (const figure of ["finalScore", "fines", "rewards"] as const) if (a[figure] !== b[figure]) changes.push({ figure, old: a[figure], new: b[figure] });
    if (a.gradeCap !== b.gradeCap) changes.push({ figure: "gradeCap", old: a.gradeCap, new: b.gradeCap });
    if (changes.length > 0) people.push({ who, changes });
  }
  return people;
}
