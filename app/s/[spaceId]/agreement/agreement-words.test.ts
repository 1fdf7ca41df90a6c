import { describe, expect, it } from "vitest";
import type { TProposal } from "../../../../core/scheduler/proposal";
import { agreementTitle, choiceText, describeDate, describeMoment, givesAndGets, placeOf } from "./agreement-words";

const people = { A: { id: "a", name: "Ana" }, B: { id: "b", name: "Ben" }, counsellorIds: [] };

describe("the agreement in words", () => {
  it("gives dates in the viewer's own zone", () => {
    expect(agreementTitle(1)).toBe("Agreement v1");
    expect(placeOf("America/New_York")).toBe("New York");
    expect(placeOf("UTC")).toBe("UTC");
    expect(describeDate("2026-12-24T23:30:00.000Z", "Europe/Lisbon")).toBe("Thursday 24 December 2026");
    expect(describeDate("2026-12-24T23:30:00.000Z", "Europe/Berlin")).toBe("Friday 25 December 2026");
    expect(describeMoment("2026-11-26T19:15:00.000Z", "America/Sao_Paulo")).toBe("Thursday 26 November 2026 at 16:15");
  });

  it("names the chosen plan with one version number only, the agreement's", () => {
    expect(choiceText({ title: "Balanced", adjustedBy: null }, people)).toBe("Ana and Ben chose “Balanced”.");
    expect(choiceText({ title: "Balanced", adjustedBy: "a" }, people)).toBe("Ana and Ben chose “Balanced”, as Ana adjusted it.");
  });

  it("says what each partner gets and gives", () => {
    const proposal = {
      blocks: [
        { owner: "A", wisher: "A", wishId: "n1", label: "Sunday mornings", startSlot: 6 * 48 + 16, endSlot: 6 * 48 + 24 },
        { owner: "B", wisher: "B", wishId: "n1", label: "Friends", startSlot: 2 * 48 + 38, endSlot: 2 * 48 + 44 },
        { owner: "together", wisher: "A", wishId: "date", label: "Date night", startSlot: 4 * 48 + 38, endSlot: 4 * 48 + 44 },
      ],
      unmet: [{ partner: "B", wishId: "n2", label: "Climbing", kind: "need", reason: "…" }],
    } as unknown as TProposal;
    const [ana, ben] = givesAndGets(proposal, people);
    expect(ana!.gets).toEqual(["Sunday mornings: 4 h a week (Sunday 08:00–12:00)", "Date night, together: 3 h a week (Friday 19:00–22:00)"]);
    expect(ana!.gives).toEqual(["Room for Ben’s own time: 3 h a week"]);
    expect(ben!.gives).toEqual(["Room for Ana’s own time: 4 h a week", "Lets “Climbing” wait for now"]);
  });
});
