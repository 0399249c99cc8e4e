/**
 * Exact amounts. Points and money are kept as integers of 1/10000 (a "unit"), so that 50% of a
 * point, or 15% of a fine in 元 and 分, adds up without binary rounding. Record values have at
 * most two decimals (validated), and percentages are applied once, so products stay whole.
 */

export const UNITS = 10_000;

/** A plain number (e.g. 2.5) as units. */
export function toUnits(value: number): number {
  return Math.round(value * UNITS);
}

/** Units back to a plain number for the result. */
export function fromUnits(units: number): number {
  const value = units / UNITS;
  return Object.is(value, -0) ? 0 : value;
}

/** `percent`% of an amount in units; rounded to the nearest unit only for fractional percentages. */
export function percentOf(units: number, percent: number): number {
  return Math.round((units * percent) / 100);
}

/** A number shown with at most `decimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, decimals: number): string {
  const scale = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * scale) / scale;
  const sign = value < 0 && rounded !== 0 ? "-" : "";
  return sign + String(rounded);
}

/** Points are shown with at most one decimal (ruling 1), money to the 分. */
export function formatPoints(value: number): string {
  return formatNumber(value, 1);
}

export function formatMoney(value: number): string {
  return formatNumber(value, 2);
}
