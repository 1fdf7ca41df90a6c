import type { TRole } from "./participants";
import { linkNoticeFor } from "./links";
import { currentAgreementOf } from "./proposals";
import { findParticipant, phaseOf, type TPhase, type TSpaceState } from "./state";

/**
 * One line of "Your spaces" (HOME1): what a device signed in to a space may see of it at
 * a glance, which is no more than opening the space shows: names, the step, the pause,
 * the agreement's version and its review date. Never a statement, a draft or a note.
 */
export type TSpaceSummary = {
  spaceId: string;
  me: { name: string; role: TRole };
  others: { name: string; role: TRole }[];
  phase: TPhase;
  /** While paused: when the conversation resumes. */
  pausedUntil: string | null;
  agreement: { version: number; reviewAt: string } | null;
  /** Someone made this person a new link and they have not seen the notice yet (KEY2). */
  hasLinkNotice: boolean;
  createdAt: string | null;
  lastActivityAt: string | null;
};

export function summaryFor(state: TSpaceState, participantId: string): TSpaceSummary | null {
  const me = findParticipant(state, participantId);
  if (!me) return null;
  const agreement = currentAgreementOf(state);
  return {
    spaceId: state.spaceId,
    me: { name: me.name, role: me.role },
    others: state.participants.filter((p) => p.id !== me.id).map((p) => ({ name: p.name, role: p.role })),
    phase: phaseOf(state),
    pausedUntil: state.pause.current?.returnAt ?? null,
    agreement: agreement ? { version: agreement.version, reviewAt: agreement.reviewAt } : null,
    hasLinkNotice: linkNoticeFor(state, me.id) !== null,
    createdAt: state.createdAt,
    lastActivityAt: state.lastActivityAt,
  };
}
