import { describe, expect, it } from "vitest";
import type { TBlock } from "../../../../core/scheduler/proposal";
import { SLOTS_PER_WEEK } from "../../../../core/week/slots";
import { freeStretches, lengthChoices } from "./free-time";
import type { TNeed } from "../../../../core/negotiation/statement";
import { changesFromEdits, needsWithChanges } from "./my-wishes";

const at = (day: number, hour: number) => day * 48 + hour * 2;
function busyBetween(ranges: Array<[number, number]>): string {
  const grid = new Array<string>(SLOTS_PER_WEEK).fill("0");
  for (const [a, b] of ranges) for (let s = a; s < b; s++) grid[s] = "1";
  return grid.join("");
}
const block = (over: Partial<TBlock>): TBlock => ({ owner: "A", wisher: "A", wishId: "w", label: "x", startSlot: 0, endSlot: 2, ...over });

describe("free stretches for moving a block", () => {
  it("skips its owner's busy time and their other blocks, but not the block being moved", () => {
    const busy = { A: busyBetween([[at(5, 0), at(5, 8)], [at(5, 12), at(5, 13)]]), B: busyBetween([]) };
    const blocks = [block({ startSlot: at(5, 8), endSlot: at(5, 10) }), block({ startSlot: at(5, 18), endSlot: at(5, 20) }), block({ owner: "B", wisher: "B", startSlot: at(5, 8), endSlot: at(5, 24) })];
    expect(freeStretches(busy, blocks, 0, 5, 2)).toEqual([
      { startHalfHour: 16, endHalfHour: 24 },
      { startHalfHour: 26, endHalfHour: 36 },
      { startHalfHour: 40, endHalfHour: 48 },
    ]);
  });

  it("needs both partners free for a together block, and leaves out stretches too short for it", () => {
    const busy = { A: busyBetween([[at(0, 0), at(0, 18)]]), B: busyBetween([[at(0, 0), at(0, 8)], [at(0, 20), at(0, 21)]]) };
    const blocks = [block({ owner: "together", startSlot: at(2, 19), endSlot: at(2, 21) })];
    expect(freeStretches(busy, blocks, 0, 0, 5)).toEqual([{ startHalfHour: 42, endHalfHour: 48 }]);
  });

  it("offers lengths from the shortest allowed up to midnight", () => {
    expect(lengthChoices(44, 2)).toEqual([2, 3, 4]);
    expect(lengthChoices(47, 2)).toEqual([1]);
  });
});

describe("asking again with changed hours", () => {
  const needs: TNeed[] = [
    { id: "n1", label: "Sunday mornings", kind: "alone", minHoursPerWeek: 3, idealHoursPerWeek: 4, minBlockMinutes: 60, windows: [], priority: 3 },
    { id: "n2", label: "Climbing", kind: "hobby", minHoursPerWeek: 2, idealHoursPerWeek: 2, minBlockMinutes: 120, windows: [], priority: 2 },
  ];

  it("applies earlier changes in order", () => {
    const now = needsWithChanges(needs, [{ wishId: "n1", idealHoursPerWeek: 6 }, { wishId: "n1", idealHoursPerWeek: 5, priority: 4 }]);
    expect(now[0]).toMatchObject({ minHoursPerWeek: 3, idealHoursPerWeek: 5, priority: 4 });
    expect(now[1]).toEqual(needs[1]);
  });

  it("sends only what changed", () => {
    const edits = [
      { wishId: "n1", min: "3", ideal: "5.5", priority: 3 },
      { wishId: "n2", min: "2", ideal: "2", priority: 2 },
    ];
    expect(changesFromEdits(needs, edits)).toEqual({ changes: [{ wishId: "n1", idealHoursPerWeek: 5.5 }] });
  });

  it("explains an ideal below the minimum, and an unchanged form", () => {
    expect(changesFromEdits(needs, [{ wishId: "n1", min: "5", ideal: "4", priority: 3 }])).toEqual({
      problem: "For “Sunday mornings” the ideal can’t be less than the minimum.",
    });
    expect(changesFromEdits(needs, [{ wishId: "n1", min: "3", ideal: "4", priority: 3 }])).toEqual({ problem: "Nothing has changed yet." });
  });
});
