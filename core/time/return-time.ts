import { DateTime } from "luxon";

/**
 * Counselling practice for a break in a hard conversation: at least 20 minutes (what a
 * flooded body needs to calm down), usually no longer than a day, and a set time to
 * come back. More than 7 days is no longer a pause.
 */
export const MIN_PAUSE_MINUTES = 20;
export const MAX_PAUSE_DAYS = 7;
export const GENTLE_LIMIT_HOURS = 24;

export type ReturnTimeCheck =
  | { ok: true; isLong: boolean }
  | { ok: false; code: "RETURN_TOO_SOON" | "RETURN_TOO_LATE"; message: string };

/** Whether a return time is acceptable at `now`; both are ISO instants. */
export function checkReturnTime(returnAt: string, now: string): ReturnTimeCheck {
  const minutes = DateTime.fromISO(returnAt).diff(DateTime.fromISO(now), "minutes").minutes;
  if (minutes < MIN_PAUSE_MINUTES - 0.5) {
    return {
      ok: false,
      code: "RETURN_TOO_SOON",
      message: `Please choose a time at least ${MIN_PAUSE_MINUTES} minutes from now: a body that feels overwhelmed needs about that long to calm down.`,
    };
  }
  if (minutes > MAX_PAUSE_DAYS * 24 * 60) {
    return {
      ok: false,
      code: "RETURN_TOO_LATE",
      message: `Please choose a time within the next ${MAX_PAUSE_DAYS} days, so the conversation has a set time to come back to.`,
    };
  }
  return { ok: true, isLong: minutes > GENTLE_LIMIT_HOURS * 60 };
}

export type QuickReturnChoice = { key: "20-minutes" | "1-hour" | "this-evening" | "tomorrow"; label: string; returnAt: string };

/** The quick choices of the pause dialog, in the pauser's own time zone. */
export function quickReturnChoices(now: string, timeZone: string): QuickReturnChoice[] {
  const local = DateTime.fromISO(now).setZone(timeZone);
  const evening = local.set({ hour: 20, minute: 0, second: 0, millisecond: 0 });
  const choices: QuickReturnChoice[] = [
    { key: "20-minutes", label: "In 20 minutes", returnAt: local.plus({ minutes: MIN_PAUSE_MINUTES }).toUTC().toISO()! },
    { key: "1-hour", label: "In 1 hour", returnAt: local.plus({ hours: 1 }).toUTC().toISO()! },
  ];
  // "This evening" only while the evening is still at least 20 minutes away.
  if (evening.diff(local, "minutes").minutes >= MIN_PAUSE_MINUTES) {
    choices.push({ key: "this-evening", label: "This evening at 20:00", returnAt: evening.toUTC().toISO()! });
  }
  choices.push({ key: "tomorrow", label: "Tomorrow at the same time", returnAt: local.plus({ days: 1 }).toUTC().toISO()! });
  return choices;
}

/** "Thursday 20:00" in a time zone, for messages; the UI formats for each viewer itself. */
export function describeInstant(instant: string, timeZone: string): string {
  return DateTime.fromISO(instant).setZone(timeZone).toFormat("cccc d LLLL, HH:mm");
}
