import type { TParticipant } from "./participants";
import type { TRecordedEvent, TSpaceEvent } from "./events";
import type { TStatement, TStatementDraft } from "./statement";
import { evolvePause, INITIAL_PAUSE_STATE, type TPauseState } from "./pauses";
import { evolveProposals, INITIAL_PROPOSALS_STATE, type TProposalsState } from "./proposals";
import { evolveReflection, type TReflectionState } from "./reflections";
import { evolveStatement, type TStatementState } from "./statements";
import { evolveFacilitation, INITIAL_FACILITATION_STATE, type TFacilitationEntry, type TFacilitationState } from "./facilitation";
import { evolveCounsellor, type TCounsellorEntry, type TCounsellorInvite } from "./counsellor";
import { evolveLink, INITIAL_LINKS_STATE, type TLinksState } from "./links";
import { evolveCalendarFeed, type TCalendarFeedsState } from "./calendar-feeds";
import { evolveCheckIn, evolveRound, INITIAL_CHECK_INS_STATE, type TCheckInsState } from "./check-ins";
import { endTimerPastItsStep } from "./step-timer";

export type TParticipantState = Omit<TParticipant, "workspaceId"> & {
  /** The workspace of a counsellor who guides from one; null otherwise. */
  workspaceId: string | null;
  /** A counsellor the partners removed; they see and receive nothing from then on (CNS2). */
  removedAt: string | null;
  hasJoined: boolean;
  joinedAt: string | null;
  linkRenewedAt: string | null;
};

export type TSpaceState = {
  spaceId: string;
  seq: number;
  createdAt: string | null;
  /** When the newest fact was recorded: "Your spaces" lists the most recently active first. */
  lastActivityAt: string | null;
  timeZone: string;
  participants: TParticipantState[];
  /** Which negotiation round this is; statements and the reveal belong to a round. */
  round: number;
  /** Private until the reveal: only `viewFor` decides who sees what of these. */
  statements: Record<string, TStatementState>;
  revealedAt: string | null;
  reflection: TReflectionState;
  pause: TPauseState;
  proposals: TProposalsState;
  facilitation: TFacilitationState;
  /** What the counsellor did, for the space's timeline (prompts, holds, timers, spotlights). */
  facilitationLog: TFacilitationEntry[];
  counsellorInvite: TCounsellorInvite | null;
  counsellorLog: TCounsellorEntry[];
  /** Replaced links, for the timeline and for telling the person (KEY1, KEY2). */
  links: TLinksState;
  /** Which partners have a live calendar address, since when (CAL3). */
  calendarFeeds: TCalendarFeedsState;
  /** Check-ins on the agreement, each with its private answers until its reveal (CHK1–CHK8). */
  checkIns: TCheckInsState;
};

export type TPhase = "writing" | "reflecting" | "proposing" | "agreed";

export function initialState(spaceId: string): TSpaceState {
  return {
    spaceId,
    seq: 0,
    createdAt: null,
    lastActivityAt: null,
    timeZone: "UTC",
    participants: [],
    round: 1,
    statements: {},
    revealedAt: null,
    reflection: { offers: {}, skipVotes: [], completedAt: null, completedHow: null },
    pause: INITIAL_PAUSE_STATE,
    proposals: INITIAL_PROPOSALS_STATE,
    facilitation: INITIAL_FACILITATION_STATE,
    facilitationLog: [],
    counsellorInvite: null,
    counsellorLog: [],
    links: INITIAL_LINKS_STATE,
    calendarFeeds: {},
    checkIns: INITIAL_CHECK_INS_STATE,
  };
}

export function phaseOf(state: TSpaceState): TPhase {
  if (state.revealedAt === null) return "writing";
  if (state.reflection.completedAt === null) return "reflecting";
  // Agreed in this round: a new round after a check-in negotiates again, with the agreement still in force (CHK7).
  return state.proposals.agreements.some((a) => (a.round ?? 1) === state.round) ? "agreed" : "proposing";
}

type Evolvable = TSpaceEvent & { seq: number; at: string; actor?: string };

export function evolve(state: TSpaceState, event: Evolvable): TSpaceState {
  // Whatever moved the session on, a step timer does not outlive its step (FAC2).
  return endTimerPastItsStep(evolveEvent(state, event));
}

function evolveEvent(state: TSpaceState, event: Evolvable): TSpaceState {
  const next = { ...state, seq: event.seq, lastActivityAt: event.at };
  switch (event.type) {
    case "space:created":
      return {
        ...next,
        createdAt: event.at,
        timeZone: event.data.timeZone,
        participants: event.data.participants.map((p) => ({
          ...p,
          workspaceId: p.workspaceId ?? null,
          removedAt: null,
          hasJoined: false,
          joinedAt: null,
          linkRenewedAt: null,
        })),
      };
    case "participant:joined":
      return updateParticipant(next, event.data.participantId, { hasJoined: true, joinedAt: event.at });
    case "link:renewed":
    case "link:replaced":
    case "link:acknowledged":
      return evolveLink(next, event);
    case "calendar:feed-created":
    case "calendar:feed-revoked":
      return evolveCalendarFeed(next, event);

    case "draft:saved":
    case "statement:submitted":
    case "statement:unlocked":
    case "statements:revealed":
      return evolveStatement(next, event);
    case "reflection:offered":
    case "reflection:answered":
    case "reflection:skip-changed":
    case "reflection:completed":
      return evolveReflection(next, event);
    case "pause:started":
    case "pause:return-proposed":
    case "pause:proposal-answered":
    case "pause:return-changed":
    case "pause:ended":
      return evolvePause(next, event);
    case "proposals:generated":
    case "proposal:adjusted":
    case "wishes:adjusted":
    case "proposal:accepted":
    case "agreement:made":
      return evolveProposals(next, event);
    case "agenda:changed":
    case "timer:started":
    case "timer:extended":
    case "timer:stopped":
    case "prompt:sent":
    case "step:held":
    case "step:released":
    case "spotlight:set":
    case "spotlight:cleared":
      return evolveFacilitation(next, event);
    case "counsellor:invite-proposed":
    case "counsellor:invite-declined":
    case "counsellor:invited":
    case "counsellor:linked":
    case "counsellor:removed":
      return evolveCounsellor(next, event);
    case "check-in:requested":
    case "check-in:request-accepted":
    case "check-in:request-declined":
    case "check-in:opened":
    case "check-in:draft-saved":
    case "check-in:submitted":
    case "check-in:unlocked":
    case "check-in:revealed":
    case "check-in:chosen":
    case "check-in:decided":
      return evolveCheckIn(next, event);
    case "round:started":
      return evolveRound(next, event);
  }
}

export function fold(spaceId: string, events: readonly TRecordedEvent[], from?: TSpaceState): TSpaceState {
  return events.reduce(evolve, from ?? initialState(spaceId));
}

export function findParticipant(state: TSpaceState, participantId: string): TParticipantState | undefined {
  return state.participants.find((p) => p.id === participantId);
}

/** The counsellor guiding the space now, if any (a removed one no longer counts). */
export function activeCounsellor(state: TSpaceState): TParticipantState | undefined {
  return state.participants.find((p) => p.role === "counsellor" && p.removedAt === null);
}

/** Everyone who may see the space now: both partners and an active counsellor. */
export function currentParticipants(state: TSpaceState): TParticipantState[] {
  return state.participants.filter((p) => p.removedAt === null);
}

export function partnersOf(state: TSpaceState): TParticipantState[] {
  return state.participants.filter((p) => p.role !== "counsellor");
}

/** The other partner of a partner. */
export function otherPartner(state: TSpaceState, participantId: string): TParticipantState | undefined {
  return partnersOf(state).find((p) => p.id !== participantId);
}

function updateParticipant(state: TSpaceState, participantId: string, change: Partial<TParticipantState>): TSpaceState {
  return { ...state, participants: state.participants.map((p) => (p.id === participantId ? { ...p, ...change } : p)) };
}

export type { TStatement, TStatementDraft };
