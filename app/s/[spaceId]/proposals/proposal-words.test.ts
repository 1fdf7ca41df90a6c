import { describe, expect, it } from "vitest";
import { INITIAL_PROPOSALS_STATE, type TProposalsState, type TVersionedProposal } from "../../../../core/negotiation/proposals";
import { acceptanceBadge, acceptanceLines, arrivalText, announcementsBetween, fearAnswerText, isPreparing, ownerTag, shareOfBestText, versionText, type TPeople } from "./proposal-words";

const people: TPeople = { A: { id: "ana-id", name: "Ana" }, B: { id: "ben-id", name: "Ben" }, counsellorIds: ["dr-id"] };
const aProposal = (over: Partial<TVersionedProposal> = {}) =>
  ({ id: "balanced-1", title: "Balanced", version: 1, adjustedBy: null, ...over }) as TVersionedProposal;
const withSet = (proposals: TVersionedProposal[], over: Partial<TProposalsState> = {}): TProposalsState => ({
  ...INITIAL_PROPOSALS_STATE,
  set: { inputsVersion: 1, generatedAt: "2026-11-26T10:00:00.000Z", proposals },
  ...over,
});

describe("where a plan that starts small arrives", () => {
  it("shows the last week's figures beside week 1's, and nothing for a plan that does not grow", () => {
    const ramp = { weeks: [[], [], [], []], arrivesAt: { A: 95.2, B: 100 } };
    expect(arrivalText(ramp, people, "A")).toBe("By week 4: you 95%, Ben 100%");
    expect(arrivalText(ramp, people, null)).toBe("By week 4: Ana 95%, Ben 100%");
    expect(arrivalText({ weeks: undefined, arrivesAt: undefined }, people, "A")).toBeNull();
  });
});

describe("words for versions and owners", () => {
  it("names the adjuster from their participant id", () => {
    expect(versionText(aProposal(), people)).toBe("Version 1");
    expect(versionText(aProposal({ version: 2, adjustedBy: "ana-id" }), people)).toBe("Version 2 · adjusted by Ana");
  });

  it("says “Your time” to its owner and the name to everyone else", () => {
    expect(ownerTag("A", people, "A")).toBe("Your time");
    expect(ownerTag("A", people, "B")).toBe("Ana’s time");
    expect(ownerTag("together", people, null)).toBe("Together");
    expect(shareOfBestText(0.953, "Ben", false)).toBe("95% of the best possible for Ben");
  });

  it("turns the scheduler's phrase about a fear into a sentence", () => {
    expect(fearAnswerText({ isAddressed: true, how: "a protected Date night" })).toBe("A protected Date night.");
    expect(fearAnswerText({ isAddressed: false, how: "Talk it through at your review." })).toBe("Talk it through at your review.");
  });
});

describe("acceptance wording", () => {
  const proposal = aProposal({ version: 2 });

  it("tells the partner who chose what the other still has to do", () => {
    const acceptances = { "ana-id": { proposalId: "balanced-1", version: 2 } };
    expect(acceptanceLines(proposal, acceptances, people, "A")).toEqual(["You chose this version. It becomes your agreement when Ben chooses it too."]);
    expect(acceptanceLines(proposal, acceptances, people, "B")).toEqual(["Ana chose this version. If you choose it too, it becomes your agreement."]);
    expect(acceptanceLines(proposal, acceptances, people, null)).toEqual(["Ana chose this version; Ben hasn’t chosen it yet."]);
    expect(acceptanceBadge(proposal, acceptances, people, "B")).toBe("Ana chose this");
  });

  it("counts a choice of another version as no choice of this one", () => {
    const acceptances = { "ana-id": { proposalId: "balanced-1", version: 1 } };
    expect(acceptanceLines(proposal, acceptances, people, "A")).toEqual([]);
    expect(acceptanceBadge(proposal, acceptances, people, "A")).toBeNull();
  });
});

describe("what arrives by itself is announced", () => {
  it("says when proposals are being prepared and when they are ready", () => {
    expect(isPreparing(INITIAL_PROPOSALS_STATE)).toBe(true);
    const ready = withSet([aProposal(), aProposal({ id: "start-small-1", title: "Start small" })]);
    expect(announcementsBetween(INITIAL_PROPOSALS_STATE, ready, people, "A")).toEqual(["New proposals are ready: 2 weekly plans to compare."]);
    const asked = { ...ready, inputsVersion: 2 };
    expect(announcementsBetween(ready, asked, people, "A")).toEqual(["New proposals are being prepared from a change to the wishes."]);
  });

  it("says when a proposal is adjusted or chosen, naming the partner and saying “you” to the viewer", () => {
    const before = withSet([aProposal()]);
    const adjusted = withSet([aProposal({ version: 2, adjustedBy: "ben-id" })]);
    expect(announcementsBetween(before, adjusted, people, "A")).toEqual(["Ben adjusted “Balanced”; it is now version 2."]);
    expect(announcementsBetween(before, adjusted, people, "B")).toEqual(["You moved a block of “Balanced”; it is now version 2."]);
    const chosen = { ...adjusted, acceptances: { "ben-id": { proposalId: "balanced-1", version: 2 }, "ana-id": { proposalId: "balanced-1", version: 2 } } };
    expect(announcementsBetween(adjusted, chosen, people, "A")).toEqual(["You chose “Balanced”, version 2.", "Ben chose “Balanced”, version 2."]);
  });

  it("says nothing on the first view", () => {
    expect(announcementsBetween(null, withSet([aProposal()]), people, "A")).toEqual([]);
  });
});
