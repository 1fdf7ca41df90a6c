/**
 * The negotiated week is a wall-clock week in the couple's time zone, cut into
 * 30-minute slots: slot = day * 48 + halfHour, day 0 = Monday. Everything that
 * talks about "when" (availability, preferred windows, proposal blocks) uses it.
 */
export const SLOTS_PER_DAY = 48;
export const DAYS_PER_WEEK = 7;
export const SLOTS_PER_WEEK = SLOTS_PER_DAY * DAYS_PER_WEEK;
export const SLOT_MINUTES = 30;

export const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export function slotOf(day: number, halfHour: number): number {
  return day * SLOTS_PER_DAY + halfHour;
}

export function dayOfSlot(slot: number): number {
  return Math.floor(slot / SLOTS_PER_DAY);
}

export function halfHourOfSlot(slot: number): number {
  return slot % SLOTS_PER_DAY;
}

/** "HH:MM" for a half-hour index 0..48 (48 is midnight at the end of the day). */
export function clockOfHalfHour(halfHour: number): string {
  const minutes = halfHour * SLOT_MINUTES;
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

export function hoursOfSlots(slotCount: number): number {
  return (slotCount * SLOT_MINUTES) / 60;
}
