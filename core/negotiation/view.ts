import type { TRole } from "./participants";
import { findParticipant, type TSpaceState } from "./state";

/**
 * What one participant may see of a space. `viewFor` is the only way state reaches a
 * client (DESIGN.md, "Views, not state, leave the server"): anything private to someone
 * else is left out here, never filtered later.
 */
export type TParticipantView = {
  id: string;
  role: TRole;
  name: string;
  hasJoined: boolean;
};

export type TSpaceView = {
  seq: number;
  spaceId: string;
  timeZone: string;
  createdAt: string | null;
  me: { id: string; role: TRole; name: string };
  participants: TParticipantView[];
};

export function viewFor(state: TSpaceState, participantId: string): TSpaceView {
  const me = findParticipant(state, participantId);
  if (!me) throw new Error(`viewFor: ${participantId} is not in space ${state.spaceId}`);
  return {
    seq: state.seq,
    spaceId: state.spaceId,
    timeZone: state.timeZone,
    createdAt: state.createdAt,
    me: { id: me.id, role: me.role, name: me.name },
    participants: state.participants.map((p) => ({ id: p.id, role: p.role, name: p.name, hasJoined: p.hasJoined })),
  };
}

/** Clients keep the newest view they have seen: an older seq never replaces a newer one. */
export function isNewerView(current: { seq: number } | null, incoming: { seq: number }): boolean {
  return current === null || incoming.seq > current.seq;
}
