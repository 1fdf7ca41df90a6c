import { describe, expect, it } from "vitest";
import { slotOf } from "../../../../core/week/slots";
import {
  EMPTY_GRID,
  GRID_PRESETS,
  countBusyHours,
  describeBusyWeek,
  isBusy,
  moveSlot,
  paintRectangle,
  toggleSlot,
} from "./busy-grid";

const preset = (id: string) => GRID_PRESETS.find((p) => p.id === id)!;

describe("painting the availability grid", () => {
  it("a drag paints the whole rectangle between the first and the current cell", () => {
    const grid = paintRectangle(EMPTY_GRID, slotOf(4, 20), slotOf(0, 18), true);
    expect(countBusyHours(grid)).toBe(5 * 1.5);
    expect(isBusy(grid, slotOf(0, 18))).toBe(true);
    expect(isBusy(grid, slotOf(4, 20))).toBe(true);
    expect(isBusy(grid, slotOf(5, 19))).toBe(false);
    expect(isBusy(grid, slotOf(2, 21))).toBe(false);
  });

  it("a drag that starts on a busy cell frees cells instead", () => {
    const office = preset("office").apply(EMPTY_GRID);
    const freed = paintRectangle(office, slotOf(0, 18), slotOf(0, 19), false);
    expect(countBusyHours(freed)).toBe(countBusyHours(office) - 1);
  });

  it("toggling a slot twice gives the grid back", () => {
    const once = toggleSlot(EMPTY_GRID, 100);
    expect(isBusy(once, 100)).toBe(true);
    expect(toggleSlot(once, 100)).toBe(EMPTY_GRID);
  });

  it("the arrow keys move within the week and stop at its edges", () => {
    expect(moveSlot(slotOf(0, 0), "ArrowUp")).toBe(slotOf(0, 0));
    expect(moveSlot(slotOf(0, 0), "ArrowLeft")).toBe(slotOf(0, 0));
    expect(moveSlot(slotOf(0, 0), "ArrowDown")).toBe(slotOf(0, 1));
    expect(moveSlot(slotOf(6, 47), "ArrowRight")).toBe(slotOf(6, 47));
    expect(moveSlot(slotOf(2, 10), "ArrowRight")).toBe(slotOf(3, 10));
    expect(moveSlot(slotOf(2, 10), "End")).toBe(slotOf(2, 47));
  });
});

describe("presets", () => {
  it("office hours are 9 to 17 on weekdays: 40 hours", () => {
    const grid = preset("office").apply(EMPTY_GRID);
    expect(countBusyHours(grid)).toBe(40);
    expect(isBusy(grid, slotOf(0, 18))).toBe(true);
    expect(isBusy(grid, slotOf(0, 34))).toBe(false);
    expect(isBusy(grid, slotOf(5, 20))).toBe(false);
  });

  it("nights asleep run from 23:00 to 07:00 every day, and presets add up", () => {
    const nights = preset("nights").apply(EMPTY_GRID);
    expect(countBusyHours(nights)).toBe(7 * 8);
    expect(isBusy(nights, slotOf(3, 46))).toBe(true);
    expect(isBusy(nights, slotOf(3, 13))).toBe(true);
    expect(isBusy(nights, slotOf(3, 14))).toBe(false);
    expect(countBusyHours(preset("office").apply(nights))).toBe(56 + 40);
  });

  it("clear all empties the week", () => {
    expect(preset("clear").apply(preset("evenings").apply(EMPTY_GRID))).toBe(EMPTY_GRID);
  });
});

describe("the week in words", () => {
  it("names each day's busy spans", () => {
    const grid = paintRectangle(preset("nights").apply(EMPTY_GRID), slotOf(0, 18), slotOf(0, 33), true);
    expect(describeBusyWeek(grid)[0]).toBe("Mon: busy 00:00–07:00, 09:00–17:00 and 23:00–24:00");
    expect(describeBusyWeek(EMPTY_GRID)).toEqual([]);
  });
});
