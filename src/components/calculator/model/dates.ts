/** Calendar days as the calculator shows them (UTC, so no time zone moves a date). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Days from 1 January of `year` (0 for that day). A late fine added for an event late in December
 * falls in the next year and still counts for this one (the policy's 解释): it gives 365 or more.
 */
export function dayOfYear(date: string, year: number): number {
  const d = Date.parse(`${date}T00:00:00Z`);
  const start = Date.parse(`${String(year).padStart(4, "0")}-01-01T00:00:00Z`);
  return Math.round((d - start) / 86_400_000);
}

export function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}

export function currentYear(): number {
  return new Date().getFullYear();
}
