/**
 * The score over the year as an SVG step line, with each day's entries and each day's interventions
 * marked. One mark a day, not one an entry: a department's year can hold thousands of entries, whose
 * marks would overlap (a day is about a pixel wide) and take the browser seconds to draw.
 */
import type { Policy } from "../../check/schema";
import { formatPoints } from "./engine";
import type { Entry, Intervention, PersonResult } from "../../engine/index";
import { dayOfYear, daysInYear, monthStarts } from "./model/dates";

interface Props {
  policy: Policy;
  year: number;
  result: PersonResult;
}

const W = 520;
const H = 240;
const PAD = { right: 10, top: 16, bottom: 30 };
/** Whys named in a day's tooltip; the rest are counted. */
const NAMED = 3;
/** Intervention days labelled 诫勉 on the chart; beyond, the lines alone (the labels would overlap). */
const LABELLED = 12;

interface Day<T> {
  day: number;
  date: string;
  items: T[];
}

/** Items grouped by day, in order (entries and interventions come in date order). */
function byDay<T extends { date: string }>(items: readonly T[], year: number): Day<T>[] {
  const days: Day<T>[] = [];
  for (const item of items) {
    const last = days[days.length - 1];
    if (last && last.date === item.date) last.items.push(item);
    else days.push({ day: dayOfYear(item.date, year), date: item.date, items: [item] });
  }
  return days;
}

/** A step of 1, 2 or 5 times a power of ten (2 and 4 for the usual year) giving at most ten grid lines. */
function gridStep(range: number): number {
  if (range <= 16) return 2;
  if (range <= 40) return 4;
  const power = 10 ** Math.floor(Math.log10(range / 10));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => range / step <= 10)!;
}

function entriesTitle(date: string, entries: Entry[], score: number): string {
  const named = entries.slice(0, NAMED).map((e) => e.why);
  if (entries.length > NAMED) named.push(`……共 ${entries.length} 条`);
  return `${date} ${named.join("\n")}\n积分 ${formatPoints(score)}`;
}

export function Timeline({ policy, year, result }: Props) {
  // The running score is the base plus each entry's points, in the engine's order; a day's mark
  // shows the score at its end.
  let score = policy.basePoints;
  let lo = Math.min(score, 0);
  let hi = Math.max(score, 0);
  const days = byDay(result.entries, year).map((d) => {
    let net = 0;
    /** The score after each of the day's entries. */
    const steps = d.items.map((e) => {
      score += e.points;
      net += e.points;
      lo = Math.min(lo, score);
      hi = Math.max(hi, score);
      return score;
    });
    return { ...d, steps, score, net };
  });
  lo = Math.floor(lo) - 1;
  hi = Math.ceil(hi) + 1;
  const interventions: Day<Intervention>[] = byDay(result.interventions, year);
  // The axis runs to the year's end, or a few days past it for a late fine dated in the next year.
  let end = daysInYear(year);
  for (const d of [...days, ...interventions]) end = Math.max(end, d.day + 1);
  const step = gridStep(hi - lo);
  const ticks: number[] = [];
  for (let s = Math.ceil(lo / step) * step; s <= hi; s += step) ticks.push(s);
  // Room on the left for the longest score label (about 8 units a character).
  const left = 18 + 8 * Math.max(...ticks.map((t) => String(t).length));
  const x = (day: number) => left + (day / end) * (W - left - PAD.right);
  const y = (s: number) => PAD.top + ((hi - s) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  // Within a day the line steps through every entry's score.
  let path = `M${x(0)},${y(policy.basePoints)}`;
  for (const d of days) {
    path += ` H${x(d.day)}`;
    for (const step of d.steps) path += ` V${y(step)}`;
  }
  path += ` H${x(end)}`;
  const months = monthStarts(year).map((day, m) => ({ m, day }));
  const label = `积分走势：从 ${formatPoints(policy.basePoints)} 分到 ${formatPoints(result.finalScore)} 分，${result.entries.length} 条明细，${result.interventions.length} 次诫勉。`;
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {ticks.map((t) => (
          <g key={t}>
            <line class={t === 0 ? "zero" : "grid"} x1={left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text class="axis" x={left - 6} y={y(t) + 4} text-anchor="end">{t}</text>
          </g>
        ))}
        {months.map(({ m, day }) => (
          <text key={m} class="axis" x={x(day + 14)} y={H - 8} text-anchor="middle">{m + 1}月</text>
        ))}
        {interventions.map((d) => (
          <g key={d.date} class="intervention">
            <line x1={x(d.day)} x2={x(d.day)} y1={PAD.top} y2={H - PAD.bottom} />
            {interventions.length <= LABELLED && <text x={x(d.day) + 3} y={PAD.top + 10}>诫勉</text>}
            <title>{d.items.map((i) => `${i.date} 诫勉：${i.reason}`).join("\n")}</title>
          </g>
        ))}
        <path class="score-line" d={path} />
        {days.map((d) => (
          <circle key={d.date} class={d.net < 0 ? "mark deduct" : "mark award"} cx={x(d.day)} cy={y(d.score)} r={4}>
            <title>{entriesTitle(d.date, d.items, d.score)}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
