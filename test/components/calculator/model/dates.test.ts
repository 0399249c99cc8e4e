import { describe, expect, it } from "vitest";
import { addDays, dayOfYear, daysInYear, monthStarts } from "../../../../src/components/calculator/model/dates";

describe("dayOfYear", () => {
  it("counts from 1 January of the record's year", () => {
    expect(dayOfYear("2024-01-01", 2024)).toBe(0);
    expect(dayOfYear("2024-12-31", 2024)).toBe(365);
    expect(dayOfYear("2023-12-31", 2023)).toBe(364);
  });

  // The late fine added for an event late in December falls in the next year and still counts for
  // this one: the timeline places it after 31 December, not at the start of the year.
  it("places a date of the next year after the year's last day", () => {
    expect(dayOfYear("2025-01-03", 2024)).toBe(daysInYear(2024) + 2);
  });

  it("reads years below 1000 as written", () => {
    expect(dayOfYear("0999-03-01", 999)).toBe(59);
  });
});

describe("addDays", () => {
  it("crosses months, leap days and years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-25", 10)).toBe("2025-01-04");
  });
});

describe("monthStarts", () => {
  it("gives the day of the year each month starts on, leap years too", () => {
    expect(monthStarts(2023)).toEqual([0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]);
    expect(monthStarts(2024)).toEqual([0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335]);
  });

  it("agrees with dayOfYear on the first of each month", () => {
    monthStarts(2024).forEach((day, m) => expect(dayOfYear(`2024-${String(m + 1).padStart(2, "0")}-01`, 2024)).toBe(day));
  });
});
