import { describe, expect, it } from "vitest";
import type { TParticipant } from "./participants";
import { viewFor } from "./view";
import { SpaceHistory } from "./testing/space-history";
import { DEFAULT_AGENDA } from "./facilitation-schemas";
import { phaseOf } from "./state";

const people: TParticipant[] = [
  { id: "a", role: "partnerA", name: "Maya" },
  { id: "b", role: "partnerB", name: "Sam" },
  { id: "c", role: "counsellor", name: "Dr. Rivera", workspaceId: "w1" },
];

const aSession = () => new SpaceHistory(people);

describe("agenda and step timer", () => {
  it("FAC1: the counsellor sets the agenda's durations and everyone sees them", () => {
    const space = aSession();
    expect(space.state.facilitation.agenda).toEqual(DEFAULT_AGENDA);
    const agenda = DEFAULT_AGENDA.map((item) => (item.step === "write" ? { ...item, minutes: 30 } : item));
    space.by("c", { type: "agenda:set", payload: { agenda } });
    expect(viewFor(space.state, "a").facilitation.agenda[0]).toEqual({ step: "write", minutes: 30 });
    expect(space.refusal("a", { type: "agenda:set", payload: { agenda } })).toBe("NOT_ALLOWED");
  });

  it("FAC2: the counsellor starts, extends and stops a timer both partners see; it never submits or closes anything", () => {
    const space = aSession();
    space.by("c", { type: "timer:start", payload: { step: "write", minutes: 20 } });
    expect(viewFor(space.state, "a").facilitation.timer).toMatchObject({ step: "write", minutes: 20, endsAt: "2026-11-26T10:20:00.000Z" });
    space.now = "2026-11-26T10:30:00.000Z";
    // Run out: the phase and the partners' statements are exactly as they were.
    expect(phaseOf(space.state)).toBe("writing");
    expect(space.state.statements).toEqual({});
    // Extending a timer that has run out counts from now.
    space.by("c", { type: "timer:extend", payload: { minutes: 5 } });
    expect(space.state.facilitation.timer).toMatchObject({ minutes: 25, endsAt: "2026-11-26T10:35:00.000Z" });
    space.by("c", { type: "timer:stop", payload: {} });
    expect(space.state.facilitation.timer).toBeNull();
    expect(space.refusal("c", { type: "timer:extend", payload: { minutes: 5 } })).toBe("NO_TIMER");
    expect(space.refusal("a", { type: "timer:start", payload: { step: "write", minutes: 5 } })).toBe("NOT_ALLOWED");
  });

  it("FAC2: a timer ends by itself once the session moves past its step; one started for a step ahead runs until that step is behind them", () => {
    const space = aSession();
    space.by("c", { type: "timer:start", payload: { step: "write", minutes: 20 } });
    space.reveal("a", "b");
    // Reading now: the writing timer is gone from every view, and nothing says it was stopped.
    for (const id of ["a", "b", "c"]) expect(viewFor(space.state, id).facilitation.timer).toBeNull();
    expect(space.state.facilitationLog.map((e) => e.kind)).toEqual(["timer-started"]);
    space.by("c", { type: "timer:start", payload: { step: "reflect", minutes: 10 } });
    space.by("a", { type: "reflection:offer", payload: { need: "Time to read", fear: "Feeling shut out" } });
    expect(viewFor(space.state, "b").facilitation.timer).toMatchObject({ step: "reflect" });
    space.skipReflecting("a", "b");
    expect(viewFor(space.state, "b").facilitation.timer).toBeNull();
    space.by("c", { type: "timer:start", payload: { step: "proposals", minutes: 15 } });
    space.agree("a", "b");
    expect(phaseOf(space.state)).toBe("agreed");
    expect(viewFor(space.state, "a").facilitation.timer).toBeNull();
  });

  it("FAC2: a timer for a step already behind them is refused, and nothing is recorded", () => {
    const space = aSession();
    space.reveal("a", "b");
    const seq = space.state.seq;
    expect(space.refusal("c", { type: "timer:start", payload: { step: "write", minutes: 10 } })).toBe("WRONG_PHASE");
    expect(space.state.seq).toBe(seq);
    expect(space.refusal("c", { type: "timer:start", payload: { step: "read", minutes: 10 } })).toBe("no refusal");
  });

  it("FAC2: a timer for a paused space is refused, and nothing is recorded", () => {
    const space = aSession();
    space.by("a", { type: "pause:start", payload: { returnAt: "2026-11-26T11:00:00.000Z" } });
    const seq = space.state.seq;
    expect(space.refusal("c", { type: "timer:start", payload: { step: "write", minutes: 10 } })).toBe("PAUSED");
    expect(space.state.seq).toBe(seq);
  });
});

describe("prompts", () => {
  it("FAC4: a prompt reaches both partners' views and the timeline", () => {
    const space = aSession();
    space.by("c", { type: "prompt:send", payload: { text: "Take a breath before you read" } });
    for (const id of ["a", "b", "c"]) {
      const view = viewFor(space.state, id);
      expect(view.facilitation.prompts.at(-1)).toMatchObject({ text: "Take a breath before you read", by: "c" });
      expect(view.timeline.facilitation.at(-1)).toMatchObject({ kind: "prompt", text: "Take a breath before you read" });
    }
    expect(space.refusal("b", { type: "prompt:send", payload: { text: "Hi" } })).toBe("NOT_ALLOWED");
  });
});

describe("hold and release", () => {
  it("FAC3: a held step refuses its commands on the server until released", () => {
    const space = aSession();
    space.by("c", { type: "step:hold", payload: { step: "proposals" } });
    space.by("c", { type: "step:hold", payload: { step: "reflect" } });
    space.reveal("a", "b");
    expect(space.refusal("a", { type: "reflection:skip", payload: { wantsToSkip: true } })).toBe("HELD");
    space.by("c", { type: "step:release", payload: { step: "reflect" } });
    space.skipReflecting("a", "b");
    expect(phaseOf(space.state)).toBe("proposing");
    expect(space.refusal("a", { type: "proposal:accept", payload: { proposalId: "x", version: 1 } })).toBe("HELD");
    space.by("c", { type: "step:release", payload: { step: "proposals" } });
    expect(space.refusal("a", { type: "proposal:accept", payload: { proposalId: "x", version: 1 } })).not.toBe("HELD");
  });

  it("FAC3, REV3: holding never holds back the reveal, and a partner cannot hold", () => {
    const space = aSession();
    space.by("c", { type: "step:hold", payload: { step: "reflect" } });
    space.reveal("a", "b");
    // The second submit revealed both statements at once, hold or not.
    expect(space.state.revealedAt).not.toBeNull();
    expect(space.refusal("a", { type: "step:hold", payload: { step: "proposals" } })).toBe("NOT_ALLOWED");
    expect(space.refusal("b", { type: "step:release", payload: { step: "reflect" } })).toBe("NOT_ALLOWED");
  });

  it("REV3: a counsellor can neither submit, unlock nor write a statement", () => {
    const space = aSession();
    expect(space.refusal("c", { type: "statement:unlock", payload: {} })).toBe("NOT_ALLOWED");
    expect(space.refusal("c", { type: "statement:saveDraft", payload: { draft: {} } })).toBe("NOT_ALLOWED");
  });
});

describe("spotlight", () => {
  it("FAC5: nothing can be spotlighted before the reveal", () => {
    const space = aSession();
    expect(space.refusal("c", { type: "spotlight:set", payload: { target: { kind: "statement", participantId: "a", part: "needs" } } })).toBe("WRONG_PHASE");
  });

  it("FAC5: after the reveal one part of a statement is shown on every screen, and cleared", () => {
    const space = aSession();
    space.reveal("a", "b");
    space.by("c", { type: "spotlight:set", payload: { target: { kind: "statement", participantId: "b", part: "fears", index: 0 } } });
    expect(viewFor(space.state, "a").facilitation.spotlight).toMatchObject({ kind: "statement", participantId: "b", part: "fears", index: 0 });
    expect(space.refusal("c", { type: "spotlight:set", payload: { target: { kind: "statement", participantId: "b", part: "fears", index: 9 } } })).toBe("UNKNOWN_TARGET");
    expect(space.refusal("c", { type: "spotlight:set", payload: { target: { kind: "proposal", proposalId: "nope" } } })).toBe("UNKNOWN_TARGET");
    expect(space.refusal("a", { type: "spotlight:clear", payload: {} })).toBe("NOT_ALLOWED");
    space.by("c", { type: "spotlight:clear", payload: {} });
    expect(viewFor(space.state, "b").facilitation.spotlight).toBeNull();
  });
});
