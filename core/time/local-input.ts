import { DateTime } from "luxon";

/**
 * `<input type="datetime-local">` holds a wall-clock time with no zone ("2026-11-26T20:15").
 * The person typing it means their own zone, so it is read there, not in the server's
 * zone nor the couple's.
 *
 * Daylight saving: a time that doesn't exist (the hour skipped in spring) moves forward
 * by the gap; a time that exists twice (the hour repeated in autumn) is read as the
 * later one. The dialog shows the result back in words, so a shift never goes unseen.
 */
export function localInputToInstant(value: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const local = DateTime.fromISO(value, { zone: timeZone });
  return local.isValid ? local.toUTC().toISO() : null;
}

/** The wall-clock value for a `datetime-local` input showing `instant` in `timeZone`. */
export function instantToLocalInput(instant: string, timeZone: string): string {
  return DateTime.fromISO(instant).setZone(timeZone).toFormat("yyyy-MM-dd'T'HH:mm");
}
