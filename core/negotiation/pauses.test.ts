import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor, type TSpaceCommand } from "./commands";
import { decide } from "./decide";
import { DomainError } from "./errors";
import type { TRecordedEvent, TSpaceEvent } from "./events";
import { timersFor } from "./pauses";
import { fold, initialState, type TSpaceState } from "./state";

const T0 = "2026-11-26T18:00:00.000Z";
const plus = (minutes: number, from = T0) => new Date(Date.parse(from) + minutes * 60_000).toISOString();
const people = [
  { id: "a", role: "partnerA" as const, name: "Ana" },
  { id: "b", role: "partnerB" as const, name: "Ben" },
  { id: "c", role: "counsellor" as const, name: "Dr. Rivera" },
];
const as = (id: string): TActor => ({ kind: "participant", participantId: id, role: people.find((p) => p.id === id)!.role });

function apply(state: TSpaceState, command: TSpaceCommand, actor: TActor, now: string): TSpaceState {
  const events: TSpaceEvent[] = decide(state, command, actor, now);
  const recorded: TRecordedEvent[] = events.map((e, i) => ({ ...e, seq: state.seq + i + 1, actor: "t", at: now }));
  return fold(state.spaceId, recorded, state);
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return "no refusal";
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

const created = () => apply(initialState("s"), { type: "space:create", payload: { timeZone: "Europe/Berlin", participants: people } }, SYSTEM_ACTOR, T0);

describe("pauses", () => {
  it("PAU7: once the agreement is made, no one can pause or ask for more time", () => {
    const open = created();
    const agreed: TSpaceState = {
      ...open,
      revealedAt: T0,
      reflection: { ...open.reflection, completedAt: T0, completedHow: "skipped" },
      proposals: { ...open.proposals, agreements: [{ version: 1, madeAt: T0, reviewAt: plus(28 * 24 * 60) } as never] },
    };
    expect(codeOf(() => decide(open, { type: "pause:start", payload: { returnAt: plus(30) } }, as("a"), T0))).toBe("no refusal");
    expect(codeOf(() => decide(agreed, { type: "pause:start", payload: { returnAt: plus(30) } }, as("a"), T0))).toBe("CONVERSATION_CLOSED");
    expect(codeOf(() => decide(agreed, { type: "pause:start", payload: { returnAt: plus(30) } }, as("c"), T0))).toBe("CONVERSATION_CLOSED");
    const resumedAgreed: TSpaceState = { ...agreed, pause: { ...agreed.pause, lastResume: { at: T0, how: "return-time", pauseId: "1" } } };
    expect(codeOf(() => decide(resumedAgreed, { type: "pause:propose", payload: { returnAt: plus(30) } }, as("a"), T0))).toBe("CONVERSATION_CLOSED");
  });

  it("PAU1: the return time must be 20 minutes to 7 days away", () => {
    const state = created();
    expect(codeOf(() => decide(state, { type: "pause:start", payload: { returnAt: plus(19) } }, as("a"), T0))).toBe("RETURN_TOO_SOON");
    expect(codeOf(() => decide(state, { type: "pause:start", payload: { returnAt: plus(7 * 24 * 60 + 1) } }, as("a"), T0))).toBe("RETURN_TOO_LATE");
    expect(decide(state, { type: "pause:start", payload: { returnAt: plus(20) } }, as("c"), T0)).toHaveLength(1);
  });

  it("PAU3: while paused only drafts and pause commands go through", () => {
    const state = apply(created(), { type: "pause:start", payload: { returnAt: plus(30), note: "walk" } }, as("a"), T0);
    expect(codeOf(() => decide(state, { type: "statement:unlock", payload: {} }, as("b"), T0))).toBe("PAUSED");
    expect(decide(state, { type: "statement:saveDraft", payload: { draft: { appreciation: "x" } } }, as("b"), T0)).toHaveLength(1);
    expect(codeOf(() => decide(state, { type: "pause:start", payload: { returnAt: plus(60) } }, as("b"), T0))).toBe("ALREADY_PAUSED");
  });

  it("PAU4, PAU6: a timer resumes only the pause it was set for, once its time has come", () => {
    const state = apply(created(), { type: "pause:start", payload: { returnAt: plus(30) } }, as("a"), T0);
    const [timer] = timersFor([{ type: "pause:started", data: { pauseId: state.pause.current!.id, by: "a", returnAt: plus(30), note: "" } }]);
    expect(timer).toMatchObject({ dueAt: plus(30), command: { type: "pause:resume-due" } });
    expect(decide(state, timer!.command, SYSTEM_ACTOR, plus(10))).toEqual([]);
    expect(decide(state, { type: "pause:resume-due", payload: { pauseId: "other" } }, SYSTEM_ACTOR, plus(31))).toEqual([]);
    const resumed = apply(state, timer!.command, SYSTEM_ACTOR, plus(30));
    expect(resumed.pause.current).toBeNull();
    expect(decide(resumed, timer!.command, SYSTEM_ACTOR, plus(31))).toEqual([]);
  });

  it("PAU5: a counsellor's proposal needs both partners; a partner's needs the other", () => {
    let state = apply(created(), { type: "pause:start", payload: { returnAt: plus(120) } }, as("a"), T0);
    state = apply(state, { type: "pause:propose", payload: { returnAt: plus(60) } }, as("c"), T0);
    expect(state.pause.proposal!.awaiting.sort()).toEqual(["a", "b"]);
    const id = state.pause.proposal!.id;
    state = apply(state, { type: "pause:answer", payload: { proposalId: id, accept: true } }, as("a"), T0);
    expect(state.pause.current!.returnAt).toBe(plus(120));
    state = apply(state, { type: "pause:answer", payload: { proposalId: id, accept: true } }, as("b"), T0);
    expect(state.pause.current!.returnAt).toBe(plus(60));
    expect(state.pause.timeline.map((e) => e.kind)).toEqual(["paused", "proposed", "accepted", "accepted", "changed"]);
  });

  it("PAU5: a declined proposal leaves the return time as it was", () => {
    let state = apply(created(), { type: "pause:start", payload: { returnAt: plus(120) } }, as("a"), T0);
    state = apply(state, { type: "pause:propose", payload: { returnAt: plus(40) } }, as("b"), T0);
    state = apply(state, { type: "pause:answer", payload: { proposalId: state.pause.proposal!.id, accept: false } }, as("a"), T0);
    expect(state.pause.proposal).toBeNull();
    expect(state.pause.current!.returnAt).toBe(plus(120));
  });

  it("PAU5: the proposer may take a proposal back, and a proposal whose time has passed can't be accepted", () => {
    let state = apply(created(), { type: "pause:start", payload: { returnAt: plus(60) } }, as("a"), T0);
    state = apply(state, { type: "pause:propose", payload: { returnAt: plus(25) } }, as("b"), T0);
    const id = state.pause.proposal!.id;
    expect(codeOf(() => decide(state, { type: "pause:answer", payload: { proposalId: id, accept: true } }, as("a"), plus(30)))).toBe("STALE");
    // Lapsed, so a new proposal may be made.
    expect(decide(state, { type: "pause:propose", payload: { returnAt: plus(55) } }, as("b"), plus(30))).toHaveLength(1);
    state = apply(state, { type: "pause:answer", payload: { proposalId: id, accept: false } }, as("b"), T0);
    expect(state.pause.proposal).toBeNull();
  });
});
