import type { TParticipant } from "./participants";
import type { TRecordedEvent, TSpaceEvent } from "./events";

export type TParticipantState = TParticipant & {
  hasJoined: boolean;
  joinedAt: string | null;
  linkRenewedAt: string | null;
};

export type TSpaceState = {
  spaceId: string;
  seq: number;
  createdAt: string | null;
  timeZone: string;
  participants: TParticipantState[];
};

export function initialState(spaceId: string): TSpaceState {
  return { spaceId, seq: 0, createdAt: null, timeZone: "UTC", participants: [] };
}

export function evolve(state: TSpaceState, event: TSpaceEvent & { seq: number; at: string }): TSpaceState {
  const next = { ...state, seq: event.seq };
  switch (event.type) {
    case "space:created":
      return {
        ...next,
        createdAt: event.at,
        timeZone: event.data.timeZone,
        participants: event.data.participants.map((p) => ({
          ...p,
          hasJoined: false,
          joinedAt: null,
          linkRenewedAt: null,
        })),
      };
    case "participant:joined":
      return updateParticipant(next, event.data.participantId, { hasJoined: true, joinedAt: event.at });
    case "link:renewed":
      return updateParticipant(next, event.data.participantId, { linkRenewedAt: event.at });
  }
}

export function fold(spaceId: string, events: readonly TRecordedEvent[], from?: TSpaceState): TSpaceState {
  return events.reduce(evolve, from ?? initialState(spaceId));
}

export function findParticipant(state: TSpaceState, participantId: string): TParticipantState | undefined {
  return state.participants.find((p) => p.id === participantId);
}

function updateParticipant(
  state: TSpaceState,
  participantId: string,
  change: Partial<TParticipantState>,
): TSpaceState {
  return {
    ...state,
    participants: state.participants.map((p) => (p.id === participantId ? { ...p, ...change } : p)),
  };
}
