/** Calendar days as the calculator shows them: the engine's day numbers, so no time zone moves a date. */
import { dayNumber, formatDay, isLeapYear, toDay } from "../../../engine/dates";

export function addDays(date: string, days: number): string {
  return formatDay(toDay(date) + days);
}

/**
 * Days from 1 January of `year` (0 for that day). A late fine added for an event late in December
 * falls in the next year and still counts for this one (the policy's 解释): it gives 365 or more.
 */
export function dayOfYear(date: string, year: number): number {
  return toDay(date) - dayNumber({ year, month: 1, day: 1 });
}

/** The day of the year (as `dayOfYear` counts) on which each month of `year` starts. */
export function monthStarts(year: number): number[] {
  const first = dayNumber({ year, month: 1, day: 1 });
  return Array.from({ length: 12 }, (_, m) => dayNumber({ year, month: m + 1, day: 1 }) - first);
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

export function currentYear(): number {
  return new Date().getFullYear();
}
