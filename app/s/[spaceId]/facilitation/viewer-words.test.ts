import { describe, expect, it } from "vitest";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { agreementWords, phaseAnnouncement, proposalsIntroWords, revealWords } from "./viewer-words";

const participants = [
  { id: "m", role: "partnerA", name: "Maya", hasJoined: true, statementStatus: null },
  { id: "s", role: "partnerB", name: "Sam", hasJoined: true, statementStatus: null },
  { id: "d", role: "counsellor", name: "Dr. Rivera", hasJoined: true, statementStatus: null },
];

function aView(role: "partnerA" | "counsellor", acceptances: Record<string, { proposalId: string; version: number }> = {}): TSpaceView {
  const me = participants.find((p) => p.role === role)!;
  return {
    me,
    participants,
    reflection: { completedHow: "skipped" },
    proposals: { acceptances, set: { proposals: [{ id: "p1", title: "Balanced" }, { id: "p2", title: "Start small" }] } },
  } as unknown as TSpaceView;
}

describe("words a counsellor reads, written for a facilitator", () => {
  it("tells the reveal about them, not about 'you both'", () => {
    expect(revealWords(aView("partnerA")).heading).toBe("You both finished. Here is what you each wrote.");
    expect(revealWords(aView("counsellor")).heading).toBe("Maya and Sam have both finished. Here is what each of them wrote.");
    expect(phaseAnnouncement("agreed", true)).toBe("Both accepted the same plan. It is now their agreement.");
    expect(phaseAnnouncement("agreed", false)).toBe("You both accepted the same plan. It is now your agreement.");
  });

  it("calls them their proposals and says which question to ask them", () => {
    const partner = proposalsIntroWords(aView("partnerA"));
    expect(partner.heading).toBe("Next: proposals for your week");
    expect(partner.hint).toContain("move a block");
    const none = proposalsIntroWords(aView("counsellor"));
    expect(none.heading).toBe("Next: their proposals");
    expect(none.body).toMatch(/^They chose to skip reflecting\./);
    expect(none.hint).toBe("Ask them which plan feels closest, and what would need to move. When both choose the same one, it becomes their agreement.");
    const one = proposalsIntroWords(aView("counsellor", { m: { proposalId: "p1", version: 1 } }));
    expect(one.hint).toBe("Maya chose “Balanced”. Ask Sam which plan feels closest to them, and what would need to move.");
    const apart = proposalsIntroWords(aView("counsellor", { m: { proposalId: "p1", version: 1 }, s: { proposalId: "p2", version: 1 } }));
    expect(apart.hint).toMatch(/^They chose different plans\./);
    for (const words of [none, one, apart]) expect(`${words.heading} ${words.body} ${words.hint}`).not.toMatch(/\b(you|your)\b/i);
  });

  it("labels the agreement as theirs for the counsellor", () => {
    expect(agreementWords(aView("counsellor"))).toMatchObject({ eyebrow: "Their agreement", review: "They look at it again", givesAndGets: "What each of them gives and gets", back: "← Back to their session" });
    expect(agreementWords(aView("partnerA")).eyebrow).toBe("Your agreement");
  });
});
