import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor } from "../negotiation/commands";
import { DomainError } from "../negotiation/errors";
import type { TWorkspaceCommand } from "./commands";
import { decideWorkspace } from "./decide";
import { foldWorkspace, initialWorkspaceState, type TWorkspaceState } from "./state";

const counsellor: TActor = { kind: "participant", participantId: "w1", role: "counsellor" };
const partner: TActor = { kind: "participant", participantId: "a", role: "partnerA" };

function apply(state: TWorkspaceState, command: TWorkspaceCommand, actor: TActor, at = "2026-11-26T10:00:00.000Z"): TWorkspaceState {
  const events = decideWorkspace(state, command, actor);
  return foldWorkspace(state.workspaceId, events.map((e, i) => ({ ...e, seq: state.seq + i + 1, actor: "x", at })), state);
}

function refusal(state: TWorkspaceState, command: TWorkspaceCommand, actor: TActor): string {
  try {
    decideWorkspace(state, command, actor);
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return "no refusal";
}

describe("the workspace's rules", () => {
  const created = () => apply(initialWorkspaceState("w1"), { type: "workspace:create", payload: { counsellorName: "Dr. Rivera" } }, SYSTEM_ACTOR);

  it("WSP2: only the server adds a space, once", () => {
    let state = created();
    expect(refusal(state, { type: "space:add", payload: { spaceId: "s1", how: "created" } }, counsellor)).toBe("NOT_ALLOWED");
    state = apply(state, { type: "space:add", payload: { spaceId: "s1", how: "created" } }, SYSTEM_ACTOR);
    expect(decideWorkspace(state, { type: "space:add", payload: { spaceId: "s1", how: "invited" } }, SYSTEM_ACTOR)).toEqual([]);
    expect(state.spaces).toEqual([{ spaceId: "s1", addedAt: "2026-11-26T10:00:00.000Z", how: "created" }]);
  });

  it("WSP3: notes are dated and editable, about guided couples only, and only by the counsellor", () => {
    let state = apply(created(), { type: "space:add", payload: { spaceId: "s1", how: "created" } }, SYSTEM_ACTOR);
    expect(refusal(state, { type: "note:write", payload: { spaceId: "s2", text: "x" } }, counsellor)).toBe("NOT_GUIDED");
    expect(refusal(state, { type: "note:write", payload: { spaceId: "s1", text: "x" } }, partner)).toBe("NOT_ALLOWED");
    state = apply(state, { type: "note:write", payload: { spaceId: "s1", text: "First session went well." } }, counsellor);
    const [note] = state.notes;
    expect(note).toMatchObject({ spaceId: "s1", writtenAt: "2026-11-26T10:00:00.000Z", editedAt: null });
    state = apply(state, { type: "note:edit", payload: { noteId: note!.id, text: "First session went well; follow up on fears." } }, counsellor, "2026-11-27T09:00:00.000Z");
    expect(state.notes[0]).toMatchObject({ text: "First session went well; follow up on fears.", editedAt: "2026-11-27T09:00:00.000Z" });
    expect(refusal(state, { type: "note:edit", payload: { noteId: "nope", text: "x" } }, counsellor)).toBe("UNKNOWN_NOTE");
    state = apply(state, { type: "note:delete", payload: { noteId: note!.id } }, counsellor);
    expect(state.notes).toEqual([]);
  });
});
