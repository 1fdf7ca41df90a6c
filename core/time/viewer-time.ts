/**
 * Times as one viewer reads them, always in their own zone: partners in different
 * cities each see their own clock, never the server's nor the other's.
 *
 * Written with the browser's own Intl rather than luxon: these words are on the space
 * page from its first load, and luxon would more than double the page's own script.
 * Day and month names come in the viewer's locale, hours and days in plain digits.
 */

export function clockTime(instant: string, timeZone: string): string {
  return hoursAndMinutes(wallClock(instant, timeZone));
}

/** "today at 20:15", "tomorrow at 09:00", "Thursday 27 November at 20:00". */
export function describeReturnTime(instant: string, timeZone: string, now: string): string {
  const at = wallClock(instant, timeZone);
  const days = daysBetween(wallClock(now, timeZone), at);
  const time = hoursAndMinutes(at);
  if (days === 0) return `today at ${time}`;
  if (days === 1) return `tomorrow at ${time}`;
  if (days === -1) return `yesterday at ${time}`;
  return `${nameIn(instant, timeZone, { weekday: "long" })} ${at.day} ${nameIn(instant, timeZone, { month: "long" })} at ${time}`;
}

/** "20:15" for today, "Thu 27 Nov, 20:15" otherwise: for lists such as the timeline. */
export function shortMoment(instant: string, timeZone: string, now: string): string {
  const at = wallClock(instant, timeZone);
  if (daysBetween(wallClock(now, timeZone), at) === 0) return hoursAndMinutes(at);
  return `${nameIn(instant, timeZone, { weekday: "short" })} ${at.day} ${nameIn(instant, timeZone, { month: "short" })}, ${hoursAndMinutes(at)}`;
}

/** "Thursday 24 December 2026": the day in `timeZone`, its names in `locale` (the viewer's own when not given). */
export function longDate(instant: string, timeZone: string, locale?: string): string {
  const at = wallClock(instant, timeZone);
  return `${nameIn(instant, timeZone, { weekday: "long" }, locale)} ${at.day} ${nameIn(instant, timeZone, { month: "long" }, locale)} ${at.year}`;
}

/** "Berlin time" from "Europe/Berlin"; a zone without a city keeps its name. */
export function zoneLabel(timeZone: string): string {
  const city = timeZone.split("/").pop() ?? timeZone;
  return timeZone.includes("/") ? `${city.replace(/_/g, " ")} time` : timeZone;
}

/** What a clock and calendar on the wall in `timeZone` show at that instant. */
export type TWallClock = { year: number; month: number; day: number; hour: number; minute: number };

export function wallClock(instant: string, timeZone: string): TWallClock {
  const parts = formatter("en-US", timeZone, NUMERIC).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return { year: part("year"), month: part("month"), day: part("day"), hour: part("hour"), minute: part("minute") };
}

/** "20:15". */
export function hoursAndMinutes(at: Pick<TWallClock, "hour" | "minute">): string {
  return `${String(at.hour).padStart(2, "0")}:${String(at.minute).padStart(2, "0")}`;
}

/** Calendar days from one wall-clock date to another (a day with a clock change still counts one). */
function daysBetween(from: TWallClock, to: TWallClock): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}

const NUMERIC: Intl.DateTimeFormatOptions = { year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" };

/** A weekday's or month's name on its own ("Thursday", "Nov"), as a calendar heading would give it. */
function nameIn(instant: string, timeZone: string, options: { weekday: "long" | "short" } | { month: "long" | "short" }, locale?: string): string {
  return formatter(locale, timeZone, options).format(new Date(instant));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ""}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}
