/** The score over the year as an SVG step line, with each entry and each intervention marked. */
import type { Policy } from "../../check/schema";
import { formatPoints } from "./engine";
import type { PersonResult } from "../../engine/index";
import { dayOfYear, daysInYear } from "./model/dates";

interface Props {
  policy: Policy;
  year: number;
  result: PersonResult;
}

const W = 520;
const H = 240;
const PAD = { left: 34, right: 10, top: 16, bottom: 30 };

export function Timeline({ policy, year, result }: Props) {
  // The running score is the base plus each entry's points, in the engine's order.
  let score = policy.basePoints;
  const points = result.entries.map((e) => {
    score += e.points;
    return { day: dayOfYear(e.date, year), score, entry: e };
  });
  const scores = [policy.basePoints, ...points.map((p) => p.score), 0];
  const lo = Math.floor(Math.min(...scores)) - 1;
  const hi = Math.ceil(Math.max(...scores)) + 1;
  // The axis runs to the year's end, or a few days past it for a late fine dated in the next year.
  const marked = [...points.map((p) => p.day), ...result.interventions.map((i) => dayOfYear(i.date, year))];
  const days = Math.max(daysInYear(year), ...marked.map((day) => day + 1));
  const x = (day: number) => PAD.left + (day / days) * (W - PAD.left - PAD.right);
  const y = (s: number) => PAD.top + ((hi - s) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  let path = `M${x(0)},${y(policy.basePoints)}`;
  for (const p of points) path += ` H${x(p.day)} V${y(p.score)}`;
  path += ` H${x(days)}`;
  const step = hi - lo > 16 ? 4 : 2;
  const ticks: number[] = [];
  for (let s = Math.ceil(lo / step) * step; s <= hi; s += step) ticks.push(s);
  const months = Array.from({ length: 12 }, (_, m) => ({ m, day: dayOfYear(`${String(year).padStart(4, "0")}-${String(m + 1).padStart(2, "0")}-01`, year) }));
  const label = `积分走势：从 ${formatPoints(policy.basePoints)} 分到 ${formatPoints(result.finalScore)} 分，${result.entries.length} 条明细，${result.interventions.length} 次诫勉。`;
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {ticks.map((t) => (
          <g key={t}>
            <line class={t === 0 ? "zero" : "grid"} x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text class="axis" x={PAD.left - 6} y={y(t) + 4} text-anchor="end">{t}</text>
          </g>
        ))}
        {months.map(({ m, day }) => (
          <text key={m} class="axis" x={x(day + 14)} y={H - 8} text-anchor="middle">{m + 1}月</text>
        ))}
        {result.interventions.map((i) => (
          <g key={i.date + i.reason} class="intervention">
            <line x1={x(dayOfYear(i.date, year))} x2={x(dayOfYear(i.date, year))} y1={PAD.top} y2={H - PAD.bottom} />
            <text x={x(dayOfYear(i.date, year)) + 3} y={PAD.top + 10}>诫勉</text>
            <title>{`${i.date} 诫勉：${i.reason}`}</title>
          </g>
        ))}
        <path class="score-line" d={path} />
        {points.map((p, k) => (
          <circle key={k} class={p.entry.points < 0 ? "mark deduct" : "mark award"} cx={x(p.day)} cy={y(p.score)} r={4}>
            <title>{`${p.entry.date} ${p.entry.why}；积分 ${formatPoints(p.score)}`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
