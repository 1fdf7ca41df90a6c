import { describe, expect, it } from "vitest";
import type { TBlock } from "../scheduler/proposal";
import { slotOf } from "../week/slots";
import { diffAgreements } from "./agreement-diff";

const TUESDAY = 1;
const WEDNESDAY = 2;
const FRIDAY = 4;

function block(owner: TBlock["owner"], wishId: string, label: string, day: number, from: number, to: number): TBlock {
  return { owner, wisher: owner === "together" ? "A" : owner, wishId, label, startSlot: slotOf(day, from * 2), endSlot: slotOf(day, to * 2) };
}

const plan = (blocks: TBlock[], summary = "Sam texts when leaving.") => ({ blocks, checkIns: { checkIns: [], summary } });

const samRunTuesday = block("B", "run", "Run", TUESDAY, 19, 21);
const dateNight = block("together", "date", "Date night", FRIDAY, 19, 21);

describe("the plain diff between agreement versions (VER2)", () => {
  it("VER2: a wish at other times but for as long has moved, and no total changes", () => {
    const diff = diffAgreements(plan([samRunTuesday, dateNight]), plan([block("B", "run", "Run", WEDNESDAY, 18, 20), dateNight]));
    expect(diff.wishes).toEqual([
      {
        kind: "moved",
        owner: "B",
        wisher: "B",
        label: "Run",
        before: [{ startSlot: samRunTuesday.startSlot, endSlot: samRunTuesday.endSlot }],
        after: [{ startSlot: slotOf(WEDNESDAY, 36), endSlot: slotOf(WEDNESDAY, 40) }],
      },
    ]);
    expect(diff.totals).toEqual([]);
    expect(diff.isSame).toBe(false);
  });

  it("VER2: more together time is a resize with its weekly total", () => {
    const diff = diffAgreements(plan([samRunTuesday, dateNight]), plan([samRunTuesday, block("together", "date", "Date night", FRIDAY, 19, 22)]));
    expect(diff.wishes.map((w) => [w.kind, w.label])).toEqual([["resized", "Date night"]]);
    expect(diff.totals).toEqual([{ owner: "together", deltaSlots: 2 }]);
  });

  it("VER2: a rewritten wish with the same name and owner is matched; a new one is added and a missing one dropped", () => {
    const diff = diffAgreements(
      plan([samRunTuesday, block("A", "read-1", "Reading", FRIDAY, 9, 11)]),
      plan([block("B", "run-2", "run", TUESDAY, 19, 21), block("A", "pottery", "Pottery", WEDNESDAY, 10, 12)]),
    );
    expect(diff.wishes.map((w) => [w.kind, w.label])).toEqual([
      ["added", "Pottery"],
      ["dropped", "Reading"],
    ]);
    expect(diff.totals).toEqual([]);
  });

  it("VER2: the same week with another way of staying in touch differs only in that", () => {
    const diff = diffAgreements(plan([samRunTuesday]), plan([samRunTuesday], "Sam calls at the halfway point."));
    expect(diff.wishes).toEqual([]);
    expect(diff.checkIns).toEqual({ before: "Sam texts when leaving.", after: "Sam calls at the halfway point." });
  });

  it("VER2: a version repeating the week is the same plan", () => {
    expect(diffAgreements(plan([samRunTuesday, dateNight]), plan([dateNight, samRunTuesday])).isSame).toBe(true);
  });

  it("VER2: a start-small plan is compared where it arrives", () => {
    const ramp = { ...plan([samRunTuesday]), weeks: [[samRunTuesday], [samRunTuesday, dateNight]] };
    expect(diffAgreements(ramp, plan([samRunTuesday, dateNight])).isSame).toBe(true);
  });
});
