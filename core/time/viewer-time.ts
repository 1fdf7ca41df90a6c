import { DateTime } from "luxon";

/**
 * Times as one viewer reads them, always in their own zone: partners in different
 * cities each see their own clock, never the server's nor the other's.
 */
export function clockTime(instant: string, timeZone: string): string {
  return DateTime.fromISO(instant).setZone(timeZone).toFormat("HH:mm");
}

/** "today at 20:15", "tomorrow at 09:00", "Thursday 27 November at 20:00". */
export function describeReturnTime(instant: string, timeZone: string, now: string): string {
  const at = DateTime.fromISO(instant).setZone(timeZone);
  const today = DateTime.fromISO(now).setZone(timeZone).startOf("day");
  const days = Math.round(at.startOf("day").diff(today, "days").days);
  const time = at.toFormat("HH:mm");
  if (days === 0) return `today at ${time}`;
  if (days === 1) return `tomorrow at ${time}`;
  if (days === -1) return `yesterday at ${time}`;
  return `${at.toFormat("cccc d LLLL")} at ${time}`;
}

/** "20:15" for today, "Thu 27 Nov, 20:15" otherwise: for lists such as the timeline. */
export function shortMoment(instant: string, timeZone: string, now: string): string {
  const at = DateTime.fromISO(instant).setZone(timeZone);
  const isToday = at.hasSame(DateTime.fromISO(now).setZone(timeZone), "day");
  return isToday ? at.toFormat("HH:mm") : at.toFormat("ccc d LLL, HH:mm");
}

/** "Berlin time" from "Europe/Berlin"; a zone without a city keeps its name. */
export function zoneLabel(timeZone: string): string {
  const city = timeZone.split("/").pop() ?? timeZone;
  return timeZone.includes("/") ? `${city.replace(/_/g, " ")} time` : timeZone;
}
