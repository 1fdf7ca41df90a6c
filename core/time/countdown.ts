/**
 * How long until the conversation resumes, for people to glance at (ticking) and for
 * screen readers (coarse, so a live region speaks only when the words change, not every
 * second).
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (n: number) => String(n).padStart(2, "0");
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "19:32" under an hour, "3 h 05 min" under a day, "2 days 3 h" beyond. */
export function formatCountdown(remainingMs: number): string {
  const ms = Math.max(0, remainingMs);
  // Rounded up, and the unit chosen after rounding: 59:59.6 reads "1 h 00 min", never "60:00".
  const totalSeconds = Math.ceil(ms / 1000);
  if (totalSeconds < 3600) return `${pad(Math.floor(totalSeconds / 60))}:${pad(totalSeconds % 60)}`;
  const totalMinutes = Math.ceil(ms / MINUTE);
  if (totalMinutes < 24 * 60) return `${Math.floor(totalMinutes / 60)} h ${pad(totalMinutes % 60)} min`;
  const totalHours = Math.ceil(ms / HOUR);
  const days = Math.floor(totalHours / 24);
  const hours = totalHours % 24;
  return hours === 0 ? plural(days, "day") : `${plural(days, "day")} ${hours} h`;
}

/**
 * Words for a screen reader: every minute in the last ten, every five minutes up to two
 * hours, then by the hour. Announced only when they change.
 */
export function spokenRemaining(remainingMs: number): string {
  const ms = Math.max(0, remainingMs);
  if (ms === 0) return "It’s time to come back.";
  if (ms < MINUTE) return "Less than a minute left.";
  const minutes = Math.ceil(ms / MINUTE);
  if (minutes <= 10) return `${plural(minutes, "minute")} left.`;
  if (minutes < 120) return `About ${Math.ceil(minutes / 5) * 5} minutes left.`;
  const hours = Math.round(ms / HOUR);
  if (hours < 48) return `About ${plural(hours, "hour")} left.`;
  return `About ${plural(Math.round(ms / DAY), "day")} left.`;
}
