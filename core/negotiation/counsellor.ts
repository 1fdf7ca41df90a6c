import type { TActor, TSpaceCommand } from "./commands";
import { DomainError } from "./errors";
import type { TEventOf, TSpaceEvent } from "./events";
import { requirePartner, requireSystem } from "./guards";
import { activeCounsellor, findParticipant, otherPartner, type TSpaceState } from "./state";

/**
 * Who guides the couple. A counsellor comes into an existing space only when both
 * partners agree (CNS1), either partner can remove them at any time (CNS2), and all of it
 * is on the space's timeline for everyone to see.
 */
export type TCounsellorInvite = { id: string; by: string; name: string; participantId: string; at: string };

export type TCounsellorEntry = {
  at: string;
  kind: "invite-proposed" | "invite-declined" | "invited" | "linked" | "removed";
  by: string | null;
  name: string;
};

type CounsellorCommand = Extract<TSpaceCommand, { type: "counsellor:invite" | "counsellor:answer" | "counsellor:remove" | "counsellor:link" }>;

export function decideCounsellor(state: TSpaceState, command: CounsellorCommand, actor: TActor): TSpaceEvent[] {
  switch (command.type) {
    case "counsellor:invite": {
      const me = requirePartner(state, actor, "Only the two partners can invite a counsellor.");
      const present = activeCounsellor(state);
      if (present) throw new DomainError("NOT_ALLOWED", `${present.name} already guides this space; remove them first to invite someone else.`);
      if (state.counsellorInvite) throw new DomainError("ALREADY_PROPOSED", "An invitation is waiting for an answer already.");
      const { name, participantId } = command.payload;
      return [{ type: "counsellor:invite-proposed", data: { inviteId: `${state.seq + 1}`, by: me.id, name, participantId } }];
    }

    case "counsellor:answer": {
      const me = requirePartner(state, actor, "Only the two partners decide who guides them.");
      const invite = state.counsellorInvite;
      if (!invite || invite.id !== command.payload.inviteId) throw new DomainError("STALE", "That invitation is no longer open.");
      if (!command.payload.accept) return [{ type: "counsellor:invite-declined", data: { inviteId: invite.id, by: me.id } }];
      // The one who asked has said yes by asking; only the other partner's yes completes it.
      if (invite.by === me.id) throw new DomainError("NOT_ALLOWED", `${otherPartner(state, me.id)?.name ?? "Your partner"} needs to agree too.`);
      return [{ type: "counsellor:invited", data: { inviteId: invite.id, participantId: invite.participantId, name: invite.name } }];
    }

    case "counsellor:remove": {
      const me = requirePartner(state, actor, "Only the two partners can remove their counsellor.");
      const counsellor = findParticipant(state, command.payload.participantId);
      if (!counsellor || counsellor.role !== "counsellor" || counsellor.removedAt !== null) {
        throw new DomainError("UNKNOWN_PARTICIPANT", "That person isn’t guiding this space.");
      }
      return [{ type: "counsellor:removed", data: { participantId: counsellor.id, by: me.id } }];
    }

    case "counsellor:link": {
      requireSystem(actor);
      const counsellor = findParticipant(state, command.payload.participantId);
      if (!counsellor || counsellor.role !== "counsellor" || counsellor.removedAt !== null) {
        throw new DomainError("UNKNOWN_PARTICIPANT", "That person isn’t guiding this space.");
      }
      if (counsellor.workspaceId === command.payload.workspaceId) return [];
      if (counsellor.workspaceId !== null) throw new DomainError("NOT_ALLOWED", "This space is already in another counsellor’s workspace.");
      return [{ type: "counsellor:linked", data: { participantId: counsellor.id, workspaceId: command.payload.workspaceId } }];
    }
  }
}

type CounsellorEvent = TEventOf<"counsellor:invite-proposed" | "counsellor:invite-declined" | "counsellor:invited" | "counsellor:linked" | "counsellor:removed">;

export function evolveCounsellor(state: TSpaceState, event: CounsellorEvent & { at: string }): TSpaceState {
  const log = (entry: Omit<TCounsellorEntry, "at">) => [...state.counsellorLog, { ...entry, at: event.at }];
  switch (event.type) {
    case "counsellor:invite-proposed": {
      const { inviteId, by, name, participantId } = event.data;
      return {
        ...state,
        counsellorInvite: { id: inviteId, by, name, participantId, at: event.at },
        counsellorLog: log({ kind: "invite-proposed", by, name }),
      };
    }
    case "counsellor:invite-declined":
      return {
        ...state,
        counsellorInvite: null,
        counsellorLog: log({ kind: "invite-declined", by: event.data.by, name: state.counsellorInvite?.name ?? "" }),
      };
    case "counsellor:invited": {
      const { participantId, name } = event.data;
      return {
        ...state,
        counsellorInvite: null,
        participants: [
          ...state.participants,
          { id: participantId, role: "counsellor", name, workspaceId: null, hasJoined: false, joinedAt: null, linkRenewedAt: null, removedAt: null },
        ],
        counsellorLog: log({ kind: "invited", by: null, name }),
      };
    }
    case "counsellor:linked":
      return {
        ...state,
        participants: state.participants.map((p) => (p.id === event.data.participantId ? { ...p, workspaceId: event.data.workspaceId } : p)),
      };
    case "counsellor:removed": {
      const removed = findParticipant(state, event.data.participantId);
      return {
        ...state,
        participants: state.participants.map((p) => (p.id === event.data.participantId ? { ...p, removedAt: event.at } : p)),
        // What a removed counsellor held paused or closed opens again with them gone.
        facilitation: { ...state.facilitation, held: [], timer: null, spotlight: null },
        counsellorLog: log({ kind: "removed", by: event.data.by, name: removed?.name ?? "" }),
      };
    }
  }
}
