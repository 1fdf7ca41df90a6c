import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { clockTime, describeReturnTime, longDate, shortMoment, zoneLabel } from "./viewer-time";

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

/** The words as luxon wrote them before the page dropped it: the reference for every zone and day. */
const asLuxonSaidIt = {
  clockTime: (instant: string, zone: string) => DateTime.fromISO(instant).setZone(zone).toFormat("HH:mm"),
  describeReturnTime(instant: string, zone: string, now: string) {
    const at = DateTime.fromISO(instant).setZone(zone);
    const days = Math.round(at.startOf("day").diff(DateTime.fromISO(now).setZone(zone).startOf("day"), "days").days);
    const time = at.toFormat("HH:mm");
    if (days === 0) return `today at ${time}`;
    if (days === 1) return `tomorrow at ${time}`;
    if (days === -1) return `yesterday at ${time}`;
    return `${at.toFormat("cccc d LLLL")} at ${time}`;
  },
  shortMoment(instant: string, zone: string, now: string) {
    const at = DateTime.fromISO(instant).setZone(zone);
    return at.hasSame(DateTime.fromISO(now).setZone(zone), "day") ? at.toFormat("HH:mm") : at.toFormat("ccc d LLL, HH:mm");
  },
  longDate: (instant: string, zone: string) => DateTime.fromISO(instant).setZone(zone).setLocale("en-GB").toFormat("cccc d LLLL yyyy"),
};

describe("the same words as before, in every zone", () => {
  const zones = ["Europe/Berlin", "America/New_York", "America/Sao_Paulo", "Asia/Kathmandu", "Pacific/Chatham", "Pacific/Kiritimati", "Australia/Lord_Howe", "UTC"];
  // Around today, including the nights the clocks change in 2026 and 2027.
  const instant = fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2027-12-31T00:00:00Z") }).map((ms) => new Date(ms - (ms % 60_000)).toISOString());
  const later = fc.integer({ min: -9 * 86_400_000, max: 9 * 86_400_000 });

  it("matches luxon's clock, days and names for any instant, zone and now", () => {
    fc.assert(
      fc.property(instant, later, fc.constantFrom(...zones), (now, offset, zone) => {
        const at = new Date(Date.parse(now) + offset).toISOString();
        expect(clockTime(at, zone)).toBe(asLuxonSaidIt.clockTime(at, zone));
        expect(describeReturnTime(at, zone, now)).toBe(asLuxonSaidIt.describeReturnTime(at, zone, now));
        expect(shortMoment(at, zone, now)).toBe(asLuxonSaidIt.shortMoment(at, zone, now));
        expect(longDate(at, zone, "en-GB")).toBe(asLuxonSaidIt.longDate(at, zone));
      }),
      { numRuns: 400 },
    );
    // luxon, the reference, is slow to format; a busy machine needs room.
  }, 20_000);

  it("keeps the hour of a clock change and midnight as luxon did", () => {
    for (const at of ["2026-03-29T00:59:00Z", "2026-03-29T01:00:00Z", "2026-10-25T00:59:00Z", "2026-10-25T01:00:00Z", "2026-11-26T23:00:00Z"]) {
      expect(clockTime(at, "Europe/Berlin")).toBe(asLuxonSaidIt.clockTime(at, "Europe/Berlin"));
      expect(describeReturnTime(at, "Europe/Berlin", "2026-03-28T12:00:00Z")).toBe(asLuxonSaidIt.describeReturnTime(at, "Europe/Berlin", "2026-03-28T12:00:00Z"));
    }
  });
});

