import { describe, expect, it } from "vitest";
import { clockTime, describeReturnTime, shortMoment, zoneLabel } from "./viewer-time";

const now = "2026-11-26T18:55:00.000Z";

describe("times in the viewer's own zone", () => {
  it("shows the same return time as each partner's own clock", () => {
    expect(clockTime("2026-11-26T19:15:00Z", "Europe/Berlin")).toBe("20:15");
    expect(clockTime("2026-11-26T19:15:00Z", "America/New_York")).toBe("14:15");
  });

  it("says today, tomorrow, or the day, counted in the viewer's zone", () => {
    expect(describeReturnTime("2026-11-26T19:15:00Z", "Europe/Berlin", now)).toBe("today at 20:15");
    // 23:30 UTC is already tomorrow in Berlin but still today in New York.
    expect(describeReturnTime("2026-11-26T23:30:00Z", "Europe/Berlin", now)).toBe("tomorrow at 00:30");
    expect(describeReturnTime("2026-11-26T23:30:00Z", "America/New_York", now)).toBe("today at 18:30");
    expect(describeReturnTime("2026-11-29T09:00:00Z", "Europe/Berlin", now)).toBe("Sunday 29 November at 10:00");
  });

  it("keeps timeline moments short", () => {
    expect(shortMoment("2026-11-26T19:15:00Z", "Europe/Berlin", now)).toBe("20:15");
    expect(shortMoment("2026-11-24T19:15:00Z", "Europe/Berlin", now)).toBe("Tue 24 Nov, 20:15");
  });

  it("names a zone by its city", () => {
    expect(zoneLabel("America/New_York")).toBe("New York time");
    expect(zoneLabel("UTC")).toBe("UTC");
  });
});
