import { describe, expect, it } from "vitest";
import type { TSpaceSummary } from "../../core/workspace/space-summary";
import { checkInFact, compareCouples, isReviewDue, matchesFilter, needsMe, sinceWords, waitingWords } from "./couple-words";

const NOW = Date.parse("2026-11-26T10:00:00.000Z");

function aSummary(overrides: Partial<TSpaceSummary> = {}): TSpaceSummary {
  return {
    spaceId: "s1",
    seq: 3,
    isGuided: true,
    partners: [
      { id: "a", name: "Maya", hasJoined: true },
      { id: "b", name: "Sam", hasJoined: true },
    ],
    counsellor: { id: "c", hasJoined: true },
    step: "writing",
    waitingFor: [
      { participantId: "a", status: "writing" },
      { participantId: "b", status: "not-started" },
    ],
    pausedUntil: null,
    held: [],
    timer: null,
    reviewAt: null,
    checkInAskedAt: null,
    checkIn: null,
    lastActivityAt: "2026-11-26T09:56:00.000Z",
    createdAt: "2026-11-20T10:00:00.000Z",
    endedAt: null,
    ...overrides,
  };
}

describe("the workspace's words and filters", () => {
  it("says whom the session waits for in a facilitator's words, statuses only", () => {
    expect(waitingWords(aSummary())).toBe("Maya is writing · Sam hasn’t started writing");
    expect(waitingWords(aSummary({ step: "agreed", waitingFor: [] }))).toMatch(/agreement/);
  });

  it("needs me now: a step I hold, or a couple in session who isn't paused", () => {
    expect(needsMe(aSummary(), [])).toBe(false);
    expect(needsMe(aSummary(), ["a"])).toBe(true);
    expect(needsMe(aSummary({ pausedUntil: "2026-11-26T11:00:00.000Z" }), ["a"])).toBe(false);
    expect(needsMe(aSummary({ held: ["proposals"] }), [])).toBe(true);
    expect(needsMe(aSummary({ isGuided: false }), ["a"])).toBe(false);
  });

  it("review due within a week, paused, and all", () => {
    const agreed = { step: "agreed" as const, waitingFor: [] };
    expect(isReviewDue(aSummary({ ...agreed, reviewAt: "2026-11-30T10:00:00.000Z" }), NOW)).toBe(true);
    expect(isReviewDue(aSummary({ ...agreed, reviewAt: "2026-12-20T10:00:00.000Z" }), NOW)).toBe(false);
    expect(isReviewDue(aSummary({ ...agreed, reviewAt: "2026-12-20T10:00:00.000Z", checkInAskedAt: "2026-11-25T10:00:00.000Z" }), NOW)).toBe(true);
    expect(matchesFilter(aSummary({ pausedUntil: "2026-11-26T11:00:00.000Z" }), "paused", [], NOW)).toBe(true);
    expect(matchesFilter(aSummary(), "paused", [], NOW)).toBe(false);
    expect(matchesFilter(aSummary(), "all", [], NOW)).toBe(true);
  });

  it("a check-in in a facilitator's words: due, asked for, under way, and whom it waits for", () => {
    const day = (iso: string) => iso.slice(0, 10);
    const agreed = { step: "agreed" as const, waitingFor: [] };
    expect(checkInFact(aSummary({ ...agreed, reviewAt: "2026-12-20T10:00:00.000Z" }), NOW, day)).toBe("Review 2026-12-20");
    expect(checkInFact(aSummary({ ...agreed, reviewAt: "2026-11-20T10:00:00.000Z" }), NOW, day)).toBe("Check-in due since 2026-11-20");
    expect(checkInFact(aSummary({ ...agreed, checkInAskedAt: "2026-11-25T10:00:00.000Z" }), NOW, day)).toBe("Early check-in asked for");
    const underWay = aSummary({
      ...agreed,
      checkIn: { number: 2, stage: "answering" },
      waitingFor: [{ participantId: "b", status: "checking-in" }],
    });
    expect(checkInFact(underWay, NOW, day)).toBe("Check-in 2 under way");
    expect(waitingWords(underWay)).toBe("Sam is answering the check-in");
    expect(waitingWords(aSummary({ ...agreed, checkIn: { number: 2, stage: "answering" } }))).toBe("Both have answered the check-in.");
  });

  it("sorts by last activity, name and step", () => {
    const early = aSummary({ spaceId: "1", lastActivityAt: "2026-11-25T10:00:00.000Z", partners: [{ id: "x", name: "Zoe", hasJoined: true }], step: "agreed" });
    const late = aSummary({ spaceId: "2", lastActivityAt: "2026-11-26T09:00:00.000Z", partners: [{ id: "y", name: "Ada", hasJoined: true }], step: "proposing" });
    expect([early, late].sort(compareCouples("activity")).map((s) => s.spaceId)).toEqual(["2", "1"]);
    expect([early, late].sort(compareCouples("name")).map((s) => s.spaceId)).toEqual(["2", "1"]);
    expect([early, late].sort(compareCouples("step")).map((s) => s.spaceId)).toEqual(["2", "1"]);
  });

  it("last activity, calm and coarse", () => {
    expect(sinceWords("2026-11-26T09:56:00.000Z", NOW)).toBe("4 min ago");
    expect(sinceWords(null, NOW)).toBe("no activity yet");
  });
});
