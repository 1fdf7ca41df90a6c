import { DAYS_PER_WEEK, SLOTS_PER_DAY, SLOTS_PER_WEEK, dayOfSlot, halfHourOfSlot, slotOf } from "../../../../core/week/slots";
import { SHORT_DAY_NAMES, describeSpan, joinWithAnd } from "./wording";

/**
 * The availability grid as a 336-character string ("1" = busy), and the ways a person
 * changes it: painting a rectangle by dragging, toggling one slot, or a preset.
 * Pure, so the painting rules are tested without a browser.
 */

export const EMPTY_GRID = "0".repeat(SLOTS_PER_WEEK);

export function isBusy(grid: string, slot: number): boolean {
  return grid[slot] === "1";
}

export function toggleSlot(grid: string, slot: number): string {
  return setSlots(grid, [slot], !isBusy(grid, slot));
}

export function setSlots(grid: string, slots: Iterable<number>, busy: boolean): string {
  const cells = grid.split("");
  for (const slot of slots) if (slot >= 0 && slot < SLOTS_PER_WEEK) cells[slot] = busy ? "1" : "0";
  return cells.join("");
}

/**
 * Dragging from one cell to another paints every slot in the rectangle they span
 * (days × half-hours), so one drag can mark "Mon–Fri, 9 to 5". The first cell decides
 * whether the drag paints busy or free, as in most shared-calendar tools.
 */
export function paintRectangle(grid: string, anchorSlot: number, currentSlot: number, busy: boolean): string {
  const [d1, d2] = ordered(dayOfSlot(anchorSlot), dayOfSlot(currentSlot));
  const [h1, h2] = ordered(halfHourOfSlot(anchorSlot), halfHourOfSlot(currentSlot));
  const slots: number[] = [];
  for (let day = d1; day <= d2; day++) for (let half = h1; half <= h2; half++) slots.push(slotOf(day, half));
  return setSlots(grid, slots, busy);
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/** Moves keyboard focus through the grid; stays inside the week. */
export function moveSlot(slot: number, key: string): number {
  const day = dayOfSlot(slot);
  const half = halfHourOfSlot(slot);
  switch (key) {
    case "ArrowUp":
      return slotOf(day, Math.max(0, half - 1));
    case "ArrowDown":
      return slotOf(day, Math.min(SLOTS_PER_DAY - 1, half + 1));
    case "ArrowLeft":
      return slotOf(Math.max(0, day - 1), half);
    case "ArrowRight":
      return slotOf(Math.min(DAYS_PER_WEEK - 1, day + 1), half);
    case "Home":
      return slotOf(day, 0);
    case "End":
      return slotOf(day, SLOTS_PER_DAY - 1);
    default:
      return slot;
  }
}

export type TGridPreset = { id: string; label: string; apply: (grid: string) => string };

const span = (days: readonly number[], from: number, to: number) =>
  days.flatMap((day) => Array.from({ length: to - from }, (_, i) => slotOf(day, from + i)));
const WEEKDAYS = [0, 1, 2, 3, 4];
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

/** Common weeks, added on top of what is already painted (except "Clear all"). */
export const GRID_PRESETS: TGridPreset[] = [
  { id: "office", label: "Weekday office hours (9–17)", apply: (g) => setSlots(g, span(WEEKDAYS, 18, 34), true) },
  { id: "evenings", label: "Evenings busy (18–22)", apply: (g) => setSlots(g, span(ALL_DAYS, 36, 44), true) },
  {
    id: "nights",
    label: "Asleep at night (23–7)",
    apply: (g) => setSlots(g, [...span(ALL_DAYS, 46, 48), ...span(ALL_DAYS, 0, 14)], true),
  },
  { id: "clear", label: "Clear all", apply: () => EMPTY_GRID },
];

export function countBusyHours(grid: string): number {
  return grid.split("").filter((c) => c === "1").length / 2;
}

/** Busy spans of one day, as [startHalfHour, endHalfHour) pairs. */
export function busySpansOfDay(grid: string, day: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start: number | null = null;
  for (let half = 0; half <= SLOTS_PER_DAY; half++) {
    const busy = half < SLOTS_PER_DAY && isBusy(grid, slotOf(day, half));
    if (busy && start === null) start = half;
    if (!busy && start !== null) {
      spans.push([start, half]);
      start = null;
    }
  }
  return spans;
}

/** The grid in words, one line per day that has busy time, for screen readers and summaries. */
export function describeBusyWeek(grid: string): string[] {
  return SHORT_DAY_NAMES.flatMap((name, day) => {
    const spans = busySpansOfDay(grid, day);
    if (spans.length === 0) return [];
    return [`${name}: busy ${joinWithAnd(spans.map(([s, e]) => describeSpan(s, e)))}`];
  });
}
