import { describe, expect, it } from "vitest";
import type { TActor } from "./commands";
import { decide } from "./decide";
import { DomainError } from "./errors";
import type { TRecordedEvent, TSpaceEvent } from "./events";
import { fold, type TSpaceState } from "./state";
import { viewFor } from "./view";

const people = [
  { id: "a", role: "partnerA" as const, name: "Ana" },
  { id: "b", role: "partnerB" as const, name: "Ben" },
  { id: "c", role: "counsellor" as const, name: "Dr. Rivera" },
];
const actor = (id: string): TActor => ({ kind: "participant", participantId: id, role: people.find((p) => p.id === id)!.role });
const NOW = "2026-03-23T18:00:00.000Z";

function record(state: TSpaceState, events: TSpaceEvent[]): TSpaceState {
  return fold(state.spaceId, events.map((e, i): TRecordedEvent => ({ ...e, seq: state.seq + i + 1, actor: "t", at: NOW })), state);
}

const created = () => record(fold("s1", []), [{ type: "space:created", data: { timeZone: "Europe/Berlin", participants: people } }]);

function agreed(): TSpaceState {
  const proposal = {
    id: "p",
    kind: "balanced" as const,
    title: "Balanced",
    blocks: [],
    checkIns: { checkIns: [], summary: "" },
    partners: { A: { name: "Ana", satisfaction: 0, shareOfBest: 1, fearsAddressed: [] }, B: { name: "Ben", satisfaction: 0, shareOfBest: 1, fearsAddressed: [] } },
    explanation: [],
    unmet: [],
    isExact: true,
    version: 1,
    adjustedBy: null,
  };
  return record(created(), [{ type: "agreement:made", data: { version: 1, proposal, reviewAt: "2026-04-20T18:00:00.000Z" } }]);
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

const subscribe = { type: "calendar:subscribe" as const, payload: {} };
const unsubscribe = { type: "calendar:unsubscribe" as const, payload: {} };

describe("calendar subscriptions (CAL3)", () => {
  it("a partner with an agreement may make an address; each new one replaces the one before", () => {
    let state = agreed();
    expect(decide(state, subscribe, actor("a"), NOW)).toEqual([{ type: "calendar:feed-created", data: { participantId: "a" } }]);
    state = record(state, decide(state, subscribe, actor("a"), NOW));
    expect(decide(state, subscribe, actor("a"), NOW)).toEqual([{ type: "calendar:feed-created", data: { participantId: "a" } }]);
  });

  it("only the viewer's own address shows in their view, and never the address itself", () => {
    const state = record(agreed(), [{ type: "calendar:feed-created", data: { participantId: "a" } }]);
    expect(viewFor(state, "a").myCalendarFeed).toEqual({ since: NOW });
    expect(viewFor(state, "b").myCalendarFeed).toBeNull();
    expect(viewFor(state, "c").myCalendarFeed).toBeNull();
  });

  it("there is nothing to subscribe to before an agreement, and a counsellor has no calendar", () => {
    expect(refusalOf(() => decide(created(), subscribe, actor("a"), NOW))).toBe("WRONG_PHASE");
    expect(refusalOf(() => decide(agreed(), subscribe, actor("c"), NOW))).toBe("NOT_ALLOWED");
    expect(refusalOf(() => decide(agreed(), subscribe, { kind: "system" }, NOW))).toBe("NOT_ALLOWED");
  });

  it("turning off ends the address; turning off again is already so", () => {
    let state = record(agreed(), [{ type: "calendar:feed-created", data: { participantId: "a" } }]);
    expect(decide(state, unsubscribe, actor("b"), NOW)).toEqual([]);
    state = record(state, decide(state, unsubscribe, actor("a"), NOW));
    expect(viewFor(state, "a").myCalendarFeed).toBeNull();
    expect(decide(state, unsubscribe, actor("a"), NOW)).toEqual([]);
  });

  it("calendars can be changed while the conversation is paused (PAU3)", () => {
    const state = record(agreed(), [{ type: "pause:started", data: { pauseId: "1", by: "b", returnAt: "2026-03-24T18:00:00.000Z", note: "" } }]);
    expect(decide(state, subscribe, actor("a"), NOW)).toHaveLength(1);
  });
});
