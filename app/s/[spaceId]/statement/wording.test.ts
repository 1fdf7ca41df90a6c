import { describe, expect, it } from "vitest";
import { describeDays, describeHoursRange, describeWindow, formatMinutes } from "./wording";

describe("describing when, in words", () => {
  it("names the usual groups of days", () => {
    expect(describeDays([0, 1, 2, 3, 4])).toBe("Weekdays");
    expect(describeDays([6, 5])).toBe("Weekend");
    expect(describeDays([0, 1, 2, 3, 4, 5, 6])).toBe("Every day");
  });

  it("shortens runs of three or more days and lists the rest", () => {
    expect(describeDays([1, 2, 3])).toBe("Tue–Thu");
    expect(describeDays([0, 2, 4])).toBe("Mon, Wed and Fri");
    expect(describeDays([0, 1, 3, 4, 5])).toBe("Mon, Tue and Thu–Sat");
    expect(describeDays([6])).toBe("Sun");
  });

  it("describes a window with its weight", () => {
    expect(describeWindow({ days: [6], startHalfHour: 16, endHalfHour: 24, weight: 3 })).toBe(
      "Sun, 08:00–12:00 (really matters)",
    );
    expect(describeWindow({ days: [0, 1, 2, 3, 4], startHalfHour: 36, endHalfHour: 48, weight: 1 })).toBe(
      "Weekdays, 18:00–24:00 (nice)",
    );
  });

  it("says hours the way people do", () => {
    expect(describeHoursRange(3, 5)).toBe("3–5 h a week");
    expect(describeHoursRange(4, 4)).toBe("4 h a week");
    expect(formatMinutes(30)).toBe("30 min");
    expect(formatMinutes(90)).toBe("1.5 h");
  });
});
