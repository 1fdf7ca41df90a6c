import type { TActor } from "../negotiation/commands";
import { DomainError } from "../negotiation/errors";
import type { TWorkspaceCommand } from "./commands";
import type { TWorkspaceEvent } from "./events";
import { guides, type TWorkspaceState } from "./state";

/**
 * The workspace's rules. The counsellor is its only member; the server adds spaces
 * (when it created one for them, or linked an invitation) and nobody else writes here.
 */
export function decideWorkspace(state: TWorkspaceState, command: TWorkspaceCommand, actor: TActor): TWorkspaceEvent[] {
  switch (command.type) {
    case "workspace:create":
      requireSystem(actor);
      if (state.seq !== 0) throw new DomainError("WRONG_PHASE", "This workspace exists already.");
      return [{ type: "workspace:created", data: { counsellorName: command.payload.counsellorName } }];

    case "space:add":
      requireSystem(actor);
      return guides(state, command.payload.spaceId) ? [] : [{ type: "space:added", data: command.payload }];

    case "note:write":
      requireCounsellor(actor);
      // A note belongs to a couple this workspace guides, never to any other space (WSP2).
      if (!guides(state, command.payload.spaceId)) throw new DomainError("NOT_GUIDED", "That space isn’t one you guide.");
      return [{ type: "note:written", data: { noteId: `${state.seq + 1}`, spaceId: command.payload.spaceId, text: command.payload.text } }];

    case "note:edit": {
      requireCounsellor(actor);
      const note = state.notes.find((n) => n.id === command.payload.noteId);
      if (!note) throw new DomainError("UNKNOWN_NOTE", "That note doesn’t exist any more.");
      return note.text === command.payload.text ? [] : [{ type: "note:edited", data: command.payload }];
    }

    case "note:delete":
      requireCounsellor(actor);
      return state.notes.some((n) => n.id === command.payload.noteId) ? [{ type: "note:deleted", data: command.payload }] : [];
  }
}

function requireSystem(actor: TActor): void {
  if (actor.kind !== "system") throw new DomainError("NOT_ALLOWED", "Only the server can do that.");
}

function requireCounsellor(actor: TActor): void {
  if (actor.kind !== "participant" || actor.role !== "counsellor") throw new DomainError("NOT_ALLOWED", "Only the workspace’s counsellor can do that.");
}
