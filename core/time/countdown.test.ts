import { describe, expect, it } from "vitest";
import { formatCountdown, spokenRemaining } from "./countdown";

const s = 1000;
const min = 60 * s;
const h = 60 * min;

describe("the countdown people glance at", () => {
  it("shows minutes and seconds under an hour, rounding up so it never shows 00:00 early", () => {
    expect(formatCountdown(20 * min)).toBe("20:00");
    expect(formatCountdown(19 * min + 32 * s)).toBe("19:32");
    expect(formatCountdown(400)).toBe("00:01");
    expect(formatCountdown(0)).toBe("00:00");
    expect(formatCountdown(-5 * s)).toBe("00:00");
  });

  it("shows hours and minutes under a day, days and hours beyond", () => {
    expect(formatCountdown(h)).toBe("1 h 00 min");
    expect(formatCountdown(h - 400)).toBe("1 h 00 min");
    expect(formatCountdown(h - 1000)).toBe("59:59");
    expect(formatCountdown(24 * h - 400)).toBe("1 day");
    expect(formatCountdown(3 * h + 4 * min + 10 * s)).toBe("3 h 05 min");
    expect(formatCountdown(24 * h)).toBe("1 day");
    expect(formatCountdown(51 * h)).toBe("2 days 3 h");
  });
});

describe("the countdown a screen reader hears", () => {
  it("changes its words rarely: by five minutes, then every minute at the end", () => {
    expect(spokenRemaining(44 * min)).toBe("About 45 minutes left.");
    expect(spokenRemaining(41 * min)).toBe("About 45 minutes left.");
    expect(spokenRemaining(19 * min + 30 * s)).toBe("About 20 minutes left.");
    expect(spokenRemaining(9 * min + 1 * s)).toBe("10 minutes left.");
    expect(spokenRemaining(60 * s)).toBe("1 minute left.");
    expect(spokenRemaining(30 * s)).toBe("Less than a minute left.");
    expect(spokenRemaining(0)).toBe("It’s time to come back.");
  });

  it("speaks in hours and days for long breaks", () => {
    expect(spokenRemaining(5 * h + 10 * min)).toBe("About 5 hours left.");
    expect(spokenRemaining(3 * 24 * h)).toBe("About 3 days left.");
  });
});
