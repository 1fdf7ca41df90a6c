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
  const renew = (participantId: string) => ({ type: "link:renew" as const, payload: { participantId } });

  it("anyone may replace their own link", () => {
    expect(decide(created(), renew("c"), actor("c"), NOW)).toEqual([{ type: "link:replaced", data: { participantId: "c", by: "c" } }]);
  });

  it("a partner may make a new link for someone who has not arrived yet, and for someone who has (a lost phone)", () => {
    let state = created();
    expect(decide(state, renew("b"), actor("a"), NOW)).toEqual([{ type: "link:replaced", data: { participantId: "b", by: "a" } }]);
    state = record(state, [{ type: "participant:joined", data: { participantId: "b" } }]);
    expect(decide(state, renew("b"), actor("a"), NOW)).toEqual([{ type: "link:replaced", data: { participantId: "b", by: "a" } }]);
  });

  it("the counsellor may make a new link for a partner who has joined", () => {
    const state = record(created(), [{ type: "participant:joined", data: { participantId: "a" } }]);
    expect(decide(state, renew("a"), actor("c"), NOW)).toEqual([{ type: "link:replaced", data: { participantId: "a", by: "c" } }]);
  });

  it("nobody can make a link for someone outside the space, and nobody outside can make one", () => {
    expect(refusalOf(() => decide(created(), renew("zz"), actor("a"), NOW))).toBe("UNKNOWN_PARTICIPANT");
    const stranger: TActor = { kind: "participant", participantId: "zz", role: "partnerA" };
    expect(refusalOf(() => decide(created(), renew("b"), stranger, NOW))).toBe("UNKNOWN_PARTICIPANT");
  });
});
