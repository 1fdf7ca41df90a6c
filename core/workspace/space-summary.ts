import { phaseOf, activeCounsellor, partnersOf, type TPhase, type TSpaceState } from "../negotiation/state";
import { statementOf, statusOf } from "../negotiation/statements";
import { checkInAnswerOf, checkInStatusOf, openCheckInOf } from "../negotiation/check-ins";
import type { TAgendaStep, THoldableStep } from "../negotiation/facilitation-schemas";

/**
 * What a workspace learns of a space it guides: the published summary, made from the
 * space's state here and nowhere else. It carries names, statuses and dates, never a
 * word of a draft, a statement, a reflection or a plan (WSP1).
 */
export type TWaitingStatus =
  | "not-started"
  | "writing"
  | "to-restate"
  | "to-answer"
  | "to-choose"
  | "check-in-not-started"
  | "checking-in"
  | "to-decide";

/** A check-in on the agreement, as a counsellor sees it: how far, never an answer (CHK4). */
export type TCheckInSummary = { number: number; stage: "answering" | "choosing" };

export type TSpaceSummary = {
  spaceId: string;
  seq: number;
  /** False once the partners removed this workspace's counsellor; then nothing else is told. */
  isGuided: boolean;
  partners: { id: string; name: string; hasJoined: boolean }[];
  counsellor: { id: string; hasJoined: boolean } | null;
  step: TPhase | null;
  /** Whom the session waits for, and for what: a status, never content. */
  waitingFor: { participantId: string; status: TWaitingStatus }[];
  pausedUntil: string | null;
  held: THoldableStep[];
  timer: { step: TAgendaStep; endsAt: string } | null;
  reviewAt: string | null;
  /** An early check-in one partner asked for and the other has not answered yet. */
  checkInAskedAt: string | null;
  /** The check-in under way, if any. */
  checkIn: TCheckInSummary | null;
  lastActivityAt: string | null;
  createdAt: string | null;
  endedAt: string | null;
};

export function summaryFor(state: TSpaceState, workspaceId: string): TSpaceSummary {
  const partners = partnersOf(state).map((p) => ({ id: p.id, name: p.name, hasJoined: p.hasJoined }));
  const counsellor = activeCounsellor(state);
  const base = { spaceId: state.spaceId, seq: state.seq, partners, createdAt: state.createdAt };
  if (!counsellor || counsellor.workspaceId !== workspaceId) {
    // A counsellor the couple removed learns only that it ended, and when (CNS2).
    const ended = state.participants.find((p) => p.role === "counsellor" && p.workspaceId === workspaceId)?.removedAt ?? null;
    return {
      ...base,
      isGuided: false,
      counsellor: null,
      step: null,
      waitingFor: [],
      pausedUntil: null,
      held: [],
      timer: null,
      reviewAt: null,
      checkInAskedAt: null,
      checkIn: null,
      lastActivityAt: null,
      endedAt: ended,
    };
  }
  const step = phaseOf(state);
  const agreements = state.proposals.agreements;
  const checkIn = openCheckInOf(state);
  const timer = state.facilitation.timer;
  return {
    ...base,
    isGuided: true,
    counsellor: { id: counsellor.id, hasJoined: counsellor.hasJoined },
    step,
    waitingFor: waitingFor(state, step),
    pausedUntil: state.pause.current?.returnAt ?? null,
    held: state.facilitation.held,
    timer: timer && { step: timer.step, endsAt: timer.endsAt },
    reviewAt: agreements.at(-1)?.reviewAt ?? null,
    checkInAskedAt: state.checkIns.request?.at ?? null,
    checkIn: checkIn && { number: checkIn.number, stage: checkIn.revealedAt === null ? "answering" : "choosing" },
    lastActivityAt: state.lastActivityAt,
    endedAt: null,
  };
}

/** Which workspaces a space's summary goes to: the guiding one, and any whose counsellor was removed. */
export function workspacesOf(state: TSpaceState): string[] {
  return state.participants.flatMap((p) => (p.role === "counsellor" && p.workspaceId ? [p.workspaceId] : []));
}

function waitingFor(state: TSpaceState, step: TPhase): TSpaceSummary["waitingFor"] {
  const partners = partnersOf(state);
  switch (step) {
    case "writing":
      return partners.flatMap((p) => {
        const status = statusOf(statementOf(state, p.id));
        return status === "submitted" ? [] : [{ participantId: p.id, status }];
      });
    case "reflecting": {
      const { offers, skipVotes } = state.reflection;
      return partners.flatMap((p): TSpaceSummary["waitingFor"] => {
        if (skipVotes.includes(p.id)) return [];
        const offer = offers[p.id];
        if (!offer || offer.status === "not-quite") return [{ participantId: p.id, status: "to-restate" as const }];
        return offer.status === "pending" ? [{ participantId: offer.about, status: "to-answer" as const }] : [];
      });
    }
    case "proposing":
      return partners.flatMap((p) => (state.proposals.acceptances[p.id] ? [] : [{ participantId: p.id, status: "to-choose" as const }]));
    case "agreed": {
      // A check-in is the agreed couple's session: whom it waits for, by status only.
      const checkIn = openCheckInOf(state);
      if (!checkIn) return [];
      if (checkIn.revealedAt !== null) {
        return partners.flatMap((p) => (checkIn.choices[p.id] ? [] : [{ participantId: p.id, status: "to-decide" as const }]));
      }
      return partners.flatMap((p): TSpaceSummary["waitingFor"] => {
        const status = checkInStatusOf(checkInAnswerOf(checkIn, p.id));
        if (status === "submitted") return [];
        return [{ participantId: p.id, status: status === "writing" ? "checking-in" : "check-in-not-started" }];
      });
    }
  }
}
