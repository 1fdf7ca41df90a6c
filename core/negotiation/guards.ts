import type { TActor } from "./commands";
import { DomainError } from "./errors";
import { isPartner } from "./participants";
import { findParticipant, type TParticipantState, type TSpaceState } from "./state";

/** The acting participant, who must be one of the two partners (not a counsellor, not the server). */
export function requirePartner(state: TSpaceState, actor: TActor, message: string): TParticipantState {
  if (actor.kind !== "participant" || !isPartner(actor.role)) throw new DomainError("NOT_ALLOWED", message);
  const participant = findParticipant(state, actor.participantId);
  if (!participant) throw new DomainError("UNKNOWN_PARTICIPANT", "There is no such person in this space.");
  return participant;
}

export function requireSystem(actor: TActor): void {
  if (actor.kind !== "system") throw new DomainError("NOT_ALLOWED", "Only the server can do that.");
}

export function requireParticipant(state: TSpaceState, participantId: string): TParticipantState {
  const participant = findParticipant(state, participantId);
  // A counsellor the partners removed is no longer anyone here: no new link, no join (CNS2).
  if (!participant || participant.removedAt !== null) throw new DomainError("UNKNOWN_PARTICIPANT", "There is no such person in this space.");
  return participant;
}
