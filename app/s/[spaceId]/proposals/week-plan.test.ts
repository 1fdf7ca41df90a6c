import { describe, expect, it } from "vitest";
import type { TBlock } from "../../../../core/scheduler/proposal";
import { blocksByDay, describeBlockTime, describeDuration, describeSlot, gridPlacement, halfHourOfTime, slotsByOwner, timeOfHalfHour, visibleHours } from "./week-plan";

const aBlock = (over: Partial<TBlock> = {}): TBlock => ({
  owner: "A",
  wisher: "A",
  wishId: "n1",
  label: "Time alone",
  startSlot: 0,
  endSlot: 2,
  ...over,
});
const at = (day: number, hour: number, minute = 0) => day * 48 + hour * 2 + (minute >= 30 ? 1 : 0);

describe("slot and time text", () => {
  it("reads half hours as clock times, and the end of the day as 24:00", () => {
    expect(timeOfHalfHour(0)).toBe("00:00");
    expect(timeOfHalfHour(19)).toBe("09:30");
    expect(timeOfHalfHour(47)).toBe("23:30");
    expect(timeOfHalfHour(48)).toBe("24:00");
  });

  it("turns clock text back into half hours, and refuses what isn't a time", () => {
    expect(halfHourOfTime("09:30")).toBe(19);
    expect(halfHourOfTime("9:00")).toBe(18);
    expect(halfHourOfTime("24:00")).toBe(48);
    expect(halfHourOfTime("24:30")).toBeNull();
    expect(halfHourOfTime("tea time")).toBeNull();
    for (let h = 0; h <= 48; h++) expect(halfHourOfTime(timeOfHalfHour(h))).toBe(h);
  });

  it("names a slot and a block by day and time", () => {
    expect(describeSlot(at(5, 10))).toBe("Saturday 10:00");
    expect(describeBlockTime({ startSlot: at(6, 22), endSlot: at(6, 24) })).toBe("Sunday 22:00–24:00");
  });

  it("says lengths in hours and minutes", () => {
    expect(describeDuration(1)).toBe("30 min");
    expect(describeDuration(4)).toBe("2 h");
    expect(describeDuration(5)).toBe("2 h 30 min");
  });
});

describe("blocks by day", () => {
  it("lists every day Monday to Sunday, blocks in time order, keeping their index in the proposal", () => {
    const blocks = [aBlock({ startSlot: at(2, 19), endSlot: at(2, 21) }), aBlock({ owner: "together", startSlot: at(2, 9), endSlot: at(2, 11) }), aBlock({ startSlot: at(6, 8), endSlot: at(6, 12) })];
    const days = blocksByDay(blocks);
    expect(days.map((d) => d.name)).toEqual(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
    expect(days[2]!.blocks.map((b) => b.index)).toEqual([1, 0]);
    expect(days[6]!.blocks[0]).toMatchObject({ index: 2, startHalfHour: 16, endHalfHour: 24 });
    expect(days[0]!.blocks).toEqual([]);
  });

  it("puts two people's overlapping blocks side by side, and a later block back in the full width", () => {
    const blocks = [
      aBlock({ owner: "A", startSlot: at(0, 18), endSlot: at(0, 21) }),
      aBlock({ owner: "B", wisher: "B", startSlot: at(0, 19), endSlot: at(0, 22) }),
      aBlock({ owner: "together", startSlot: at(0, 22), endSlot: at(0, 23) }),
    ];
    const monday = blocksByDay(blocks)[0]!.blocks;
    expect(monday.map((b) => [b.lane, b.lanes])).toEqual([
      [0, 2],
      [1, 2],
      [0, 1],
    ]);
  });
});

describe("board placement", () => {
  it("shows at least 08:00–22:00, widened by an hour around early or late blocks", () => {
    expect(visibleHours([])).toEqual({ fromHour: 8, toHour: 22 });
    expect(visibleHours([aBlock({ startSlot: at(1, 6, 30), endSlot: at(1, 8) })])).toEqual({ fromHour: 5, toHour: 22 });
    expect(visibleHours([aBlock({ startSlot: at(1, 22), endSlot: at(1, 24) })])).toEqual({ fromHour: 8, toHour: 24 });
  });

  it("places a block in its day's column, on half-hour rows counted from the first visible hour", () => {
    const range = { fromHour: 8, toHour: 22 };
    expect(gridPlacement({ day: 3, startHalfHour: 36, endHalfHour: 42 }, range)).toEqual({ column: 4, rowStart: 21, rowSpan: 6 });
    expect(gridPlacement({ day: 0, startHalfHour: 16, endHalfHour: 17 }, range)).toEqual({ column: 1, rowStart: 1, rowSpan: 1 });
  });

  it("adds up time per owner", () => {
    const blocks = [aBlock({ startSlot: 0, endSlot: 4 }), aBlock({ owner: "together", startSlot: 10, endSlot: 16 }), aBlock({ owner: "A", startSlot: 50, endSlot: 52 })];
    expect(slotsByOwner(blocks)).toEqual({ A: 6, B: 0, together: 6 });
  });
});
