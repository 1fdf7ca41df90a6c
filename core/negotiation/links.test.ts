import { describe, expect, it } from "vitest";
import type { TActor, TSpaceCommand } from "./commands";
import { decide } from "./decide";
import { DomainError } from "./errors";
import type { TRecordedEvent } from "./events";
import { fold, type TSpaceState } from "./state";
import { viewFor } from "./view";

const people = [
  { id: "a", role: "partnerA" as const, name: "Ana" },
  { id: "b", role: "partnerB" as const, name: "Ben" },
  { id: "c", role: "counsellor" as const, name: "Dr. Rivera" },
];
const actor = (id: string): TActor => ({ kind: "participant", participantId: id, role: people.find((p) => p.id === id)!.role });

let clock = Date.parse("2026-03-01T09:00:00.000Z");
function tick(): string {
  clock += 60_000;
  return new Date(clock).toISOString();
}

function space(): TSpaceState {
  return fold("s1", [{ type: "space:created", data: { timeZone: "Europe/Berlin", participants: people }, seq: 1, actor: "system", at: tick() }]);
}

/** Decides and records, as the command path does, with the actor as the event's actor. */
function act(state: TSpaceState, command: TSpaceCommand, by: TActor): TSpaceState {
  const at = tick();
  const events = decide(state, command, by, at);
  const actorId = by.kind === "system" ? "system" : by.participantId;
  return fold(state.spaceId, events.map((e, i): TRecordedEvent => ({ ...e, seq: state.seq + i + 1, actor: actorId, at })), state);
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

const renew = (participantId: string): TSpaceCommand => ({ type: "link:renew", payload: { participantId } });
const acknowledge: TSpaceCommand = { type: "link:acknowledge", payload: {} };

describe("link changes on the timeline (KEY1)", () => {
  it("everyone sees who made a new link for whom and when, in order", () => {
    let state = space();
    state = act(state, renew("b"), actor("a"));
    state = act(state, renew("a"), actor("c"));
    state = act(state, renew("c"), actor("c"));
    for (const viewer of ["a", "b", "c"]) {
      expect(viewFor(state, viewer).linkChanges.map(({ participantId, by }) => ({ participantId, by }))).toEqual([
        { participantId: "b", by: "a" },
        { participantId: "a", by: "c" },
        { participantId: "c", by: "c" },
      ]);
    }
    const ats = state.links.changes.map((c) => c.at);
    expect([...ats].sort()).toEqual(ats);
  });

  it("a replacement recorded by earlier versions (`link:renewed`) reads as one, its actor as the maker", () => {
    const state = fold("s1", [
      { type: "space:created", data: { timeZone: "Europe/Berlin", participants: people }, seq: 1, actor: "system", at: "2026-01-01T10:00:00.000Z" },
      { type: "link:renewed", data: { participantId: "b" }, seq: 2, actor: "a", at: "2026-01-01T10:05:00.000Z" },
      { type: "link:renewed", data: { participantId: "b" }, seq: 3, actor: "system", at: "2026-01-01T10:06:00.000Z" },
    ]);
    expect(state.links.changes).toEqual([
      { participantId: "b", by: "a", at: "2026-01-01T10:05:00.000Z" },
      { participantId: "b", by: null, at: "2026-01-01T10:06:00.000Z" },
    ]);
  });
});

describe("telling the person whose link someone else replaced (KEY2)", () => {
  it("the person sees who made their new link and when, until they say they have seen it; nobody else is told", () => {
    let state = act(space(), renew("b"), actor("a"));
    const change = state.links.changes[0]!;
    expect(viewFor(state, "b").myLinkNotice).toEqual(change);
    expect(viewFor(state, "a").myLinkNotice).toBeNull();
    expect(viewFor(state, "c").myLinkNotice).toBeNull();

    state = act(state, acknowledge, actor("b"));
    expect(viewFor(state, "b").myLinkNotice).toBeNull();
    // Saying it again changes nothing: already so.
    expect(decide(state, acknowledge, actor("b"), tick())).toEqual([]);
  });

  it("a later replacement by someone else is told again", () => {
    let state = act(space(), renew("b"), actor("a"));
    state = act(state, acknowledge, actor("b"));
    state = act(state, renew("b"), actor("c"));
    expect(viewFor(state, "b").myLinkNotice).toMatchObject({ participantId: "b", by: "c" });
  });

  it("replacing your own link needs no telling, and it ends an older notice", () => {
    let state = act(space(), renew("b"), actor("a"));
    state = act(state, renew("b"), actor("b"));
    expect(viewFor(state, "b").myLinkNotice).toBeNull();
  });

  it("only a participant can acknowledge, and only for themselves", () => {
    const state = act(space(), renew("b"), actor("a"));
    expect(refusalOf(() => decide(state, acknowledge, { kind: "system" }, tick()))).toBe("NOT_ALLOWED");
    // Ana acknowledging changes nothing for Ben.
    expect(decide(state, acknowledge, actor("a"), tick())).toEqual([]);
  });

  it("links can be replaced and notices acknowledged while the conversation is paused (PAU3)", () => {
    let state = act(space(), { type: "pause:start", payload: { returnAt: new Date(clock + 3_600_000).toISOString() } }, actor("a"));
    state = act(state, renew("b"), actor("a"));
    state = act(state, acknowledge, actor("b"));
    expect(state.links.changes).toHaveLength(1);
    expect(viewFor(state, "b").myLinkNotice).toBeNull();
  });
});
