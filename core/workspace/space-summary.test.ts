import { describe, expect, it } from "vitest";
import { aFear, aNeed, aStatement } from "../negotiation/testing/builders";
import { checkInAnswers } from "../negotiation/testing/check-in-builders";
import { SpaceHistory } from "../negotiation/testing/space-history";
import type { TParticipant } from "../negotiation/participants";
import { summaryFor, workspacesOf } from "./space-summary";

const people: TParticipant[] = [
  { id: "a", role: "partnerA", name: "Maya" },
  { id: "b", role: "partnerB", name: "Sam" },
  { id: "c", role: "counsellor", name: "Dr. Rivera", workspaceId: "w1" },
];
const SECRET = "SECRET-words-only-in-statements";

describe("a space's published summary", () => {
  it("WSP1: carries statuses and dates through every step, never a word of what the partners wrote", () => {
    const space = new SpaceHistory(people);
    const seen: string[] = [];
    const look = () => seen.push(JSON.stringify(summaryFor(space.state, "w1")));
    look();
    space.by("a", { type: "statement:saveDraft", payload: { draft: { appreciation: SECRET } } });
    look();
    expect(summaryFor(space.state, "w1").waitingFor).toEqual([
      { participantId: "a", status: "writing" },
      { participantId: "b", status: "not-started" },
    ]);
    space.by("a", { type: "statement:submit", payload: { statement: aStatement({ appreciation: SECRET, needs: [aNeed({ label: SECRET })] }) } });
    look();
    space.by("b", { type: "statement:submit", payload: { statement: aStatement({ fears: [aFear({ words: SECRET })] }) } });
    look();
    expect(summaryFor(space.state, "w1")).toMatchObject({ step: "reflecting", waitingFor: [{ status: "to-restate" }, { status: "to-restate" }] });
    space.by("a", { type: "reflection:offer", payload: { need: SECRET, fear: SECRET } });
    look();
    expect(summaryFor(space.state, "w1").waitingFor).toContainEqual({ participantId: "b", status: "to-answer" });
    space.by("c", { type: "step:hold", payload: { step: "proposals" } });
    space.by("c", { type: "prompt:send", payload: { text: "A prompt" } });
    look();
    expect(summaryFor(space.state, "w1").held).toEqual(["proposals"]);
    for (const summary of seen) expect(summary).not.toContain(SECRET);
    expect(summaryFor(space.state, "w1").lastActivityAt).toBe(space.now);
  });

  it("CNS2: a removed counsellor's workspace learns only that it ended", () => {
    const space = new SpaceHistory(people);
    space.by("a", { type: "pause:start", payload: { returnAt: "2026-11-26T11:00:00.000Z" } });
    space.by("b", { type: "counsellor:remove", payload: { participantId: "c" } });
    expect(workspacesOf(space.state)).toEqual(["w1"]);
    expect(summaryFor(space.state, "w1")).toMatchObject({ isGuided: false, step: null, pausedUntil: null, waitingFor: [], endedAt: space.now });
  });

  it("WSP4: a workspace that does not guide the space is told nothing but that", () => {
    const space = new SpaceHistory(people);
    expect(summaryFor(space.state, "w2")).toMatchObject({ isGuided: false, lastActivityAt: null, endedAt: null });
  });
});

describe("a check-in in the workspace's summary", () => {
  it("WSP1, CHK4: says a check-in is asked for, under way and whom it waits for, never a word of the answers", () => {
    const space = new SpaceHistory(people);
    space.reveal("a", "b");
    space.skipReflecting("a", "b");
    space.agree("a", "b");
    expect(summaryFor(space.state, "w1")).toMatchObject({ step: "agreed", checkIn: null, checkInAskedAt: null, waitingFor: [] });

    space.by("a", { type: "check-in:request", payload: {} });
    expect(summaryFor(space.state, "w1").checkInAskedAt).toBe(space.now);

    space.later(4 * 7 * 24 * 60);
    space.by("b", { type: "check-in:saveDraft", payload: { draft: { parts: { together: { change: SECRET } } } } });
    const answering = summaryFor(space.state, "w1");
    expect(answering.checkIn).toEqual({ number: 1, stage: "answering" });
    expect(answering.waitingFor).toEqual([
      { participantId: "a", status: "check-in-not-started" },
      { participantId: "b", status: "checking-in" },
    ]);
    expect(JSON.stringify(answering)).not.toContain(SECRET);

    space.by("a", { type: "check-in:submit", payload: { answers: checkInAnswers({ myAlone: { keep: SECRET } }) } });
    space.by("b", { type: "check-in:submit", payload: { answers: checkInAnswers() } });
    const choosing = summaryFor(space.state, "w1");
    expect(choosing.checkIn).toEqual({ number: 1, stage: "choosing" });
    expect(choosing.waitingFor.map((w) => w.status)).toEqual(["to-decide", "to-decide"]);
    expect(JSON.stringify(choosing)).not.toContain(SECRET);

    space.by("a", { type: "check-in:choose", payload: { choice: { kind: "keep", weeks: 6 } } });
    space.by("b", { type: "check-in:choose", payload: { choice: { kind: "keep", weeks: 6 } } });
    expect(summaryFor(space.state, "w1")).toMatchObject({ checkIn: null, waitingFor: [] });
  });
});

