import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor } from "./commands";
import { decide } from "./decide";
import { DomainError } from "./errors";
import type { TParticipant } from "./participants";
import { fold, initialState, type TSpaceState } from "./state";
import type { TRecordedEvent, TSpaceEvent } from "./events";

const NOW = "2026-11-26T10:00:00.000Z";
const people: TParticipant[] = [
  { id: "a", role: "partnerA", name: "Ana" },
  { id: "b", role: "partnerB", name: "Ben" },
  { id: "c", role: "counsellor", name: "Dr. Rivera" },
];
const actor = (id: string): TActor => ({ kind: "participant", participantId: id, role: people.find((p) => p.id === id)!.role });

function record(state: TSpaceState, events: TSpaceEvent[]): TSpaceState {
  const recorded: TRecordedEvent[] = events.map((e, i) => ({ ...e, seq: state.seq + i + 1, actor: "t", at: NOW }));
  return fold(state.spaceId, recorded, state);
}

function created(): TSpaceState {
  const state = initialState("s1");
  return record(state, decide(state, { type: "space:create", payload: { timeZone: "Europe/Berlin", participants: people } }, SYSTEM_ACTOR, NOW));
}

function refusalOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return "no refusal";
}

describe("creating and joining a space", () => {
  it("SPC1: a space is created once, by the server, with its participants and time zone", () => {
    const state = created();
    expect(state.seq).toBe(1);
    expect(state.timeZone).toBe("Europe/Berlin");
    expect(state.participants.map((p) => p.name)).toEqual(["Ana", "Ben", "Dr. Rivera"]);
    const again = () => decide(state, { type: "space:create", payload: { timeZone: "UTC", participants: [] } }, SYSTEM_ACTOR, NOW);
    expect(refusalOf(again)).toBe("WRONG_PHASE");
  });

  it("SPC2: the first arrival is recorded once; later arrivals add nothing", () => {
    let state = created();
    const join = { type: "participant:join", payload: { participantId: "b" } } as const;
    const first = decide(state, join, SYSTEM_ACTOR, NOW);
    expect(first).toEqual([{ type: "participant:joined", data: { participantId: "b" } }]);
    state = record(state, first);
    expect(state.participants.find((p) => p.id === "b")?.hasJoined).toBe(true);
    expect(decide(state, join, SYSTEM_ACTOR, NOW)).toEqual([]);
  });

  it("SPC3: only the server issues joins; a participant cannot join someone else", () => {
    const state = created();
    expect(refusalOf(() => decide(state, { type: "participant:join", payload: { participantId: "b" } }, actor("a"), NOW))).toBe("NOT_ALLOWED");
    expect(refusalOf(() => decide(state, { type: "participant:join", payload: { participantId: "zz" } }, SYSTEM_ACTOR, NOW))).toBe("UNKNOWN_PARTICIPANT");
  });
});

describe("renewing links (SPC4)", () => {
  it("anyone may replace their own link", () => {
    const state = created();
    expect(decide(state, { type: "link:renew", payload: { participantId: "c" } }, actor("c"), NOW)).toHaveLength(1);
  });

  it("a partner may re-invite someone who has not arrived yet, but not someone who has", () => {
    let state = created();
    expect(decide(state, { type: "link:renew", payload: { participantId: "b" } }, actor("a"), NOW)).toHaveLength(1);
    state = record(state, [{ type: "participant:joined", data: { participantId: "b" } }]);
    expect(refusalOf(() => decide(state, { type: "link:renew", payload: { participantId: "b" } }, actor("a"), NOW))).toBe("NOT_ALLOWED");
  });

  it("a counsellor cannot replace a partner's link", () => {
    const state = created();
    expect(refusalOf(() => decide(state, { type: "link:renew", payload: { participantId: "a" } }, actor("c"), NOW))).toBe("NOT_ALLOWED");
  });
});
