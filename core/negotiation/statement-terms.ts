import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../week/slots";

/**
 * The fixed words and rules of a statement that the page needs while someone writes or
 * reads one: the choices offered, sleep hours, the empty week. They live apart from the
 * schemas in statement.ts (which re-exports them) so the page can use them without
 * loading zod.
 */

export const NEED_KINDS = ["alone", "friends", "hobby", "rest", "other"] as const;

export const FEAR_KINDS = ["neglected", "abandoned", "disconnected", "trust", "jealousy", "other"] as const;

export const CHECK_IN_FREQUENCIES = ["none", "at-start-and-end", "once-midway", "every-two-hours"] as const;

export const CHECK_IN_CHANNELS = ["text", "call", "voice-note", "photo", "any"] as const;

/**
 * Usual sleep hours (SLP1): no alone or together time is placed in them. From `fromHalfHour`
 * up to `toHalfHour` each night, past midnight when it ends earlier than it starts
 * (23:00–07:00 is 46 → 14); equal ends mean no sleep hours to keep free.
 */
export type TSleepHours = { fromHalfHour: number; toHalfHour: number };

/** What a statement that does not say means: 23:00–07:00. */
export const DEFAULT_SLEEP_HOURS: TSleepHours = { fromHalfHour: 46, toHalfHour: 14 };

/** Is this half hour of the day (0–47) within the sleep hours? */
export function isSleepHalfHour(sleep: TSleepHours, halfHour: number): boolean {
  const { fromHalfHour: from, toHalfHour: to } = sleep;
  if (from === to) return false;
  return from < to ? halfHour >= from && halfHour < to : halfHour >= from || halfHour < to;
}

/** The busy grid with the sleep hours marked busy too: the hours a person is not free to be scheduled (SLP1). */
export function busyOrAsleep(statement: { busy: string; sleep?: TSleepHours }): string {
  const sleep = statement.sleep ?? DEFAULT_SLEEP_HOURS;
  let out = "";
  for (let s = 0; s < statement.busy.length; s++) out += statement.busy[s] === "1" || isSleepHalfHour(sleep, s % SLOTS_PER_DAY) ? "1" : "0";
  return out;
}

export const EMPTY_BUSY_GRID = "0".repeat(SLOTS_PER_WEEK);
