import { describe, expect, it } from "vitest";
import type { TParticipant } from "./participants";
import { SpaceHistory } from "./testing/space-history";
import { viewFor } from "./view";
import { activeCounsellor } from "./state";
import { SYSTEM_ACTOR } from "./commands";

const couple: TParticipant[] = [
  { id: "a", role: "partnerA", name: "Maya" },
  { id: "b", role: "partnerB", name: "Sam" },
];
const invite = { type: "counsellor:invite", payload: { name: "Dr. Rivera", participantId: "c" } } as const;

describe("inviting a counsellor into an existing space", () => {
  it("CNS1: a counsellor comes in only when both partners agree", () => {
    const space = new SpaceHistory(couple);
    space.by("a", invite);
    expect(activeCounsellor(space.state)).toBeUndefined();
    const inviteId = space.state.counsellorInvite!.id;
    expect(viewFor(space.state, "b").counsellorInvite).toMatchObject({ name: "Dr. Rivera", by: "a" });
    // The one who asked cannot complete it alone.
    expect(space.refusal("a", { type: "counsellor:answer", payload: { inviteId, accept: true } })).toBe("NOT_ALLOWED");
    space.by("b", { type: "counsellor:answer", payload: { inviteId, accept: true } });
    expect(activeCounsellor(space.state)).toMatchObject({ id: "c", name: "Dr. Rivera", hasJoined: false, workspaceId: null });
    expect(viewFor(space.state, "a").timeline.counsellor.map((e) => e.kind)).toEqual(["invite-proposed", "invited"]);
  });

  it("CNS1: a declined invitation adds no one and is on the timeline", () => {
    const space = new SpaceHistory(couple);
    space.by("a", invite);
    space.by("b", { type: "counsellor:answer", payload: { inviteId: space.state.counsellorInvite!.id, accept: false } });
    expect(activeCounsellor(space.state)).toBeUndefined();
    expect(space.state.counsellorInvite).toBeNull();
    expect(space.state.counsellorLog.map((e) => e.kind)).toEqual(["invite-proposed", "invite-declined"]);
  });

  it("CNS1: a counsellor cannot invite another, and a second counsellor needs the first removed", () => {
    const space = new SpaceHistory([...couple, { id: "c", role: "counsellor", name: "Dr. Rivera" }]);
    expect(space.refusal("c", { ...invite, payload: { name: "Dr. Lee", participantId: "d" } })).toBe("NOT_ALLOWED");
    expect(space.refusal("a", { ...invite, payload: { name: "Dr. Lee", participantId: "d" } })).toBe("NOT_ALLOWED");
  });

  it("CNS3: the server links an invited counsellor to their workspace once", () => {
    const space = new SpaceHistory([...couple, { id: "c", role: "counsellor", name: "Dr. Rivera" }]);
    space.do({ type: "counsellor:link", payload: { participantId: "c", workspaceId: "w1" } }, SYSTEM_ACTOR);
    expect(activeCounsellor(space.state)?.workspaceId).toBe("w1");
    expect(space.do({ type: "counsellor:link", payload: { participantId: "c", workspaceId: "w1" } }, SYSTEM_ACTOR)).toEqual([]);
    expect(() => space.do({ type: "counsellor:link", payload: { participantId: "c", workspaceId: "w2" } }, SYSTEM_ACTOR)).toThrow();
    expect(space.refusal("a", { type: "counsellor:link", payload: { participantId: "c", workspaceId: "w2" } })).toBe("NOT_ALLOWED");
  });
});

describe("removing a counsellor", () => {
  it("CNS2: either partner removes the counsellor, also while paused; they see and can do nothing after", () => {
    const space = new SpaceHistory([...couple, { id: "c", role: "counsellor", name: "Dr. Rivera", workspaceId: "w1" }]);
    space.by("c", { type: "step:hold", payload: { step: "proposals" } });
    space.by("a", { type: "pause:start", payload: { returnAt: "2026-11-26T11:00:00.000Z" } });
    space.by("b", { type: "counsellor:remove", payload: { participantId: "c" } });
    expect(activeCounsellor(space.state)).toBeUndefined();
    expect(viewFor(space.state, "a").participants.map((p) => p.name)).toEqual(["Maya", "Sam"]);
    expect(viewFor(space.state, "a").timeline.counsellor.at(-1)).toMatchObject({ kind: "removed", by: "b", name: "Dr. Rivera" });
    // What they held opens again.
    expect(space.state.facilitation.held).toEqual([]);
    expect(() => viewFor(space.state, "c")).toThrow();
    expect(space.refusal("c", { type: "pause:resume", payload: {} })).toBe("NOT_ALLOWED");
    expect(space.refusal("c", { type: "counsellor:remove", payload: { participantId: "c" } })).toBe("NOT_ALLOWED");
    // Nobody can make a removed counsellor a new link to come back in by.
    expect(space.refusal("a", { type: "link:renew", payload: { participantId: "c" } })).toBe("UNKNOWN_PARTICIPANT");
  });
});
