/**
 * The grade cap as a function of year-end score and complaints, evaluated from policy.grading
 * (the most restrictive matching rule wins), and the grid the 评级规则 picture is drawn from.
 */
import type { CapRule, Grading } from "../check/schema";
import { gradeCap } from "../engine/grading";

export interface CapResult {
  /** The highest grade allowed, or null for no cap. */
  cap: string | null;
  rule: CapRule | null;
}

/** The engine's own grade cap, so the picture and the calculator cannot disagree. */
export function capFor(grading: Grading, score: number, complaints: number): CapResult {
  const capped = gradeCap(grading, score, complaints);
  return { cap: capped?.cap ?? null, rule: grading.rules.find((r) => r.id === capped?.id) ?? null };
}

export interface GridAxis {
  values: number[];
  /** Labels; the ends say `≤`/`≥` where every value beyond them gives the same cap. */
  labels: string[];
}

export interface Grid {
  scores: GridAxis;
  complaints: GridAxis;
  /** cells[row = complaints index][column = score index] */
  cells: CapResult[][];
}

const MARGIN = 2;

/** Whole-number axes reaching MARGIN beyond every threshold of the rules, so the ends stand for all values beyond. */
export function gradeGrid(grading: Grading, basePoints: number): Grid {
  const scoreBounds = grading.rules.map((r) => r.score.value);
  const complaintBounds = grading.rules.map((r) => r.complaints.value);
  const lowScore = Math.floor(Math.min(...scoreBounds, basePoints)) - MARGIN;
  const highScore = Math.max(Math.ceil(Math.max(...scoreBounds)) + 1, Math.ceil(basePoints));
  const highComplaints = Math.ceil(Math.max(...complaintBounds, 0)) + MARGIN;
  const scores = range(lowScore, highScore);
  const complaints = range(0, highComplaints);
  return {
    scores: { values: scores, labels: scores.map((s, i) => (i === 0 ? `≤${s}` : i === scores.length - 1 ? `≥${s}` : String(s))) },
    complaints: { values: complaints, labels: complaints.map((c, i) => (i === complaints.length - 1 ? `≥${c}` : String(c))) },
    cells: complaints.map((c) => scores.map((s) => capFor(grading, s, c))),
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
