import { describe, expect, it } from "vitest";
import { diffAgreements } from "../../../../core/negotiation/agreement-diff";
import type { TBlock } from "../../../../core/scheduler/proposal";
import { slotOf } from "../../../../core/week/slots";
import { describeDiff } from "./version-words";

const people = { A: { id: "a", name: "Maya" }, B: { id: "b", name: "Sam" }, counsellorIds: [] };
const at = (owner: TBlock["owner"], wishId: string, label: string, day: number, fromHour: number, toHour: number): TBlock => ({
  owner,
  wisher: owner === "together" ? "B" : owner,
  wishId,
  label,
  startSlot: slotOf(day, fromHour * 2),
  endSlot: slotOf(day, toHour * 2),
});
const plan = (blocks: TBlock[], summary = "Texts while apart.") => ({ blocks, checkIns: { checkIns: [], summary } });

describe("what changed between versions, in words (VER2)", () => {
  it("VER2: says where a wish moved and how together time grew, with the partner's name", () => {
    const before = plan([at("B", "run", "Run", 1, 19, 21), at("together", "walk", "Sunday walk", 6, 10, 12)]);
    const after = plan([at("B", "run", "Run", 2, 18, 20), at("together", "walk", "Sunday walk", 6, 10, 13)]);
    expect(describeDiff(diffAgreements(before, after), people, "A", 1)).toEqual([
      "Sam’s “Run” moved from Tuesday 19:00–21:00 to Wednesday 18:00–20:00.",
      "“Sunday walk” together went from 2 h (Sunday 10:00–12:00) to 3 h a week (Sunday 10:00–13:00).",
      "Together time +1 h a week.",
    ]);
  });

  it("VER2: speaks to the viewer about their own wishes, and names added, dropped and a new way to stay in touch", () => {
    const before = plan([at("A", "read", "Reading", 4, 9, 11)]);
    const after = plan([at("A", "clay", "Pottery", 2, 10, 12)], "A call at the halfway point.");
    expect(describeDiff(diffAgreements(before, after), people, "A", 1)).toEqual([
      "New: your “Pottery”, Wednesday 10:00–12:00.",
      "No longer in the week: your “Reading” (Friday 09:00–11:00).",
      "Staying in touch, now: A call at the halfway point.",
    ]);
    expect(describeDiff(diffAgreements(before, after), people, "B", 1)[0]).toBe("New: Maya’s “Pottery”, Wednesday 10:00–12:00.");
  });

  it("VER2: a repeated week says so", () => {
    const week = plan([at("B", "run", "Run", 1, 19, 21)]);
    expect(describeDiff(diffAgreements(week, week), people, null, 3)).toEqual(["The same week as version 3."]);
  });
});
