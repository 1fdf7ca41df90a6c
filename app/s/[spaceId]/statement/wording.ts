import type { TFear, TNeed, TReassurance, TWindow } from "../../../../core/negotiation/statement";
import { DAY_NAMES, clockOfHalfHour } from "../../../../core/week/slots";

/**
 * The product's words for what a statement holds. Shared by the form (labels) and the
 * reveal (reading a statement aloud), so both partners see the same words for the same thing.
 */

export const SHORT_DAY_NAMES = DAY_NAMES.map((d) => d.slice(0, 3));

export const NEED_KIND_LABELS: Record<TNeed["kind"], string> = {
  alone: "Time alone",
  friends: "Time with friends",
  hobby: "A hobby or project",
  rest: "Rest",
  other: "Something else",
};

export const FEAR_KIND_LABELS: Record<TFear["kind"], string> = {
  neglected: "Feeling neglected",
  abandoned: "Feeling abandoned",
  disconnected: "Drifting apart",
  trust: "Trust",
  jealousy: "Jealousy",
  other: "Something else",
};

export const FREQUENCY_LABELS: Record<TReassurance["frequency"], string> = {
  none: "No check-ins needed",
  "at-start-and-end": "At the start and at the end",
  "once-midway": "Once, midway",
  "every-two-hours": "Every couple of hours",
};

export const CHANNEL_LABELS: Record<TReassurance["channel"], string> = {
  text: "A text message",
  call: "A short call",
  "voice-note": "A voice note",
  photo: "A photo",
  any: "Any way is fine",
};

export const WEIGHT_LABELS: Record<number, string> = { 1: "nice", 2: "preferred", 3: "really matters" };

export const PRIORITY_LABELS: Record<number, string> = {
  1: "Nice to have",
  2: "Would help",
  3: "Important",
  4: "Very important",
  5: "Essential",
};

/** How strongly a fear is felt, 1–5, in words: the number itself means little to anyone. */
export const INTENSITY_LABELS: Record<number, string> = {
  1: "A little",
  2: "Somewhat",
  3: "Quite a lot",
  4: "A lot",
  5: "Very strongly",
};

/** "Weekdays", "Weekend", "Every day", "Tue–Thu", "Mon, Wed and Fri". */
export function describeDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 0 && d <= 6).sort((a, b) => a - b);
  const key = sorted.join("");
  if (key === "0123456") return "Every day";
  if (key === "01234") return "Weekdays";
  if (key === "56") return "Weekend";
  if (sorted.length === 0) return "No days";
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const first = SHORT_DAY_NAMES[sorted[i]!]!;
    const last = SHORT_DAY_NAMES[sorted[j]!]!;
    if (j - i >= 2) parts.push(`${first}–${last}`);
    else for (let k = i; k <= j; k++) parts.push(SHORT_DAY_NAMES[sorted[k]!]!);
    i = j + 1;
  }
  return joinWithAnd(parts);
}

export function describeSpan(startHalfHour: number, endHalfHour: number): string {
  if (startHalfHour === 0 && endHalfHour === 48) return "all day";
  return `${clockOfHalfHour(startHalfHour)}–${endHalfHour === 48 ? "24:00" : clockOfHalfHour(endHalfHour)}`;
}

/** "Weekdays, 18:00–22:00 (preferred)" */
export function describeWindow(window: TWindow): string {
  return `${describeDays(window.days)}, ${describeSpan(window.startHalfHour, window.endHalfHour)} (${WEIGHT_LABELS[window.weight] ?? "nice"})`;
}

/** "2 h", "1.5 h", "30 min". */
export function formatHours(hours: number): string {
  return hours > 0 && hours < 1 ? `${hours * 60} min` : `${hours} h`;
}

export function formatMinutes(minutes: number): string {
  return minutes < 60 ? `${minutes} min` : formatHours(minutes / 60);
}

/** "3–5 h a week", or "5 h a week" when minimum and ideal agree. */
export function describeHoursRange(min: number, ideal: number): string {
  return min === ideal ? `${formatHours(ideal)} a week` : `${min}–${formatHours(ideal)} a week`;
}

export function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
