import type { TRole } from "./participants";
import type { TPauseState } from "./pauses";
import type { TAgreement, TProposalsState } from "./proposals";
import type { TReflectionOfferState } from "./reflections";
import { linkNoticeFor, type TLinkChange } from "./links";
import type { TStatement, TStatementDraft } from "./statement";
import { currentParticipants, findParticipant, partnersOf, phaseOf, type TPhase, type TSpaceState } from "./state";
import type { TFacilitationEntry, TFacilitationState } from "./facilitation";
import type { TCounsellorEntry, TCounsellorInvite } from "./counsellor";
import { statementOf, statusOf, type TStatementStatus } from "./statements";
import { checkInsViewFor, type TCheckInsView } from "./check-in-view";

/**
 * What one participant may see of a space. `viewFor` is the only way state reaches a
 * client (DESIGN.md, "Views, not state, leave the server"): anything private to someone
 * else is left out here, never filtered later (REV1).
 */
export type TParticipantView = {
  id: string;
  role: TRole;
  name: string;
  hasJoined: boolean;
  /** Partners only: how far their statement is. Never its content before the reveal. */
  statementStatus: TStatementStatus | null;
};

export type TMyStatementView = {
  draft: TStatementDraft | null;
  draftSavedAt: string | null;
  submitted: TStatement | null;
  submittedAt: string | null;
};

export type TRevealedStatement = { participantId: string; name: string; statement: TStatement };

export type TSpaceView = {
  seq: number;
  spaceId: string;
  timeZone: string;
  createdAt: string | null;
  phase: TPhase;
  round: number;
  me: { id: string; role: TRole; name: string };
  participants: TParticipantView[];
  /** The viewer's own statement (partners only); null for a counsellor. */
  myStatement: TMyStatementView | null;
  /** Both statements, to everyone, from the moment of the reveal; null before. */
  revealed: { at: string; statements: TRevealedStatement[] } | null;
  reflection: {
    offers: TReflectionOfferState[];
    skipVotes: string[];
    completedHow: "confirmed" | "skipped" | null;
  } | null;
  /** Pauses are shared with everyone: who paused, their words, when the conversation resumes. */
  pause: TPauseState;
  /** From the reveal on, to everyone: proposals, who accepted which, and agreements. */
  proposals: TProposalsState | null;
  /**
   * Every agreement made, oldest first, to everyone and in every round: a later round's
   * statements are private again, but what the couple agreed stays readable (VER1).
   */
  agreements: TAgreement[];
  /**
   * The counsellor's guidance, to everyone alike: agenda, step timer, prompts, held steps,
   * spotlight. It holds no content of its own beyond a prompt's words (FAC1).
   */
  facilitation: TFacilitationState;
  /** The space's story of its counsellor and of their guidance, for the timeline. */
  timeline: { counsellor: TCounsellorEntry[]; facilitation: TFacilitationEntry[] };
  /** A counsellor invitation waiting for the other partner's yes (partners only). */
  counsellorInvite: TCounsellorInvite | null;
  /** Every replaced link, to everyone: who made a new link for whom, and when (KEY1). */
  linkChanges: TLinkChange[];
  /** Someone else made the viewer a new link and the viewer has not yet said they saw it (KEY2). */
  myLinkNotice: TLinkChange | null;
  /** Whether the viewer has a live calendar address, since when (never the address itself). */
  myCalendarFeed: { since: string } | null;
  /** Check-ins on the agreement: the viewer's own answers, others' statuses, and everything from each reveal on (CHK4, CHK8). */
  checkIn: TCheckInsView;
  /** The server's clock when this view was sent, so countdowns don't trust a phone's clock. */
  sentAt?: string;
};

export function viewFor(state: TSpaceState, participantId: string): TSpaceView {
  const me = findParticipant(state, participantId);
  // A removed counsellor has no view at all (CNS2): publishing skips them, and this refuses them.
  if (!me || me.removedAt !== null) throw new Error(`viewFor: ${participantId} is not in space ${state.spaceId}`);
  const isRevealed = state.revealedAt !== null;
  const mine = statementOf(state, me.id);
  return {
    seq: state.seq,
    spaceId: state.spaceId,
    timeZone: state.timeZone,
    createdAt: state.createdAt,
    phase: phaseOf(state),
    round: state.round,
    me: { id: me.id, role: me.role, name: me.name },
    participants: currentParticipants(state).map((p) => ({
      id: p.id,
      role: p.role,
      name: p.name,
      hasJoined: p.hasJoined,
      statementStatus: p.role === "counsellor" ? null : statusOf(statementOf(state, p.id)),
    })),
    myStatement:
      me.role === "counsellor"
        ? null
        : {
            // A submitted statement is its own draft; sending both would double every view.
            draft: mine.submitted ? null : mine.draft,
            draftSavedAt: mine.draftSavedAt,
            // After the reveal the statement is in `revealed`, for everyone; once is enough.
            submitted: isRevealed ? null : mine.submitted,
            submittedAt: mine.submittedAt,
          },
    revealed: isRevealed
      ? {
          at: state.revealedAt!,
          statements: partnersOf(state).flatMap((p) => {
            const statement = statementOf(state, p.id).submitted;
            return statement ? [{ participantId: p.id, name: p.name, statement }] : [];
          }),
        }
      : null,
    reflection: isRevealed
      ? {
          offers: Object.values(state.reflection.offers),
          skipVotes: state.reflection.skipVotes,
          completedHow: state.reflection.completedHow,
        }
      : null,
    pause: state.pause,
    proposals: isRevealed ? state.proposals : null,
    agreements: state.proposals.agreements,
    facilitation: state.facilitation,
    timeline: { counsellor: state.counsellorLog, facilitation: state.facilitationLog },
    counsellorInvite: me.role === "counsellor" ? null : state.counsellorInvite,
    linkChanges: state.links.changes,
    myLinkNotice: linkNoticeFor(state, me.id),
    myCalendarFeed: state.calendarFeeds[me.id] ?? null,
    checkIn: checkInsViewFor(state, me),
  };
}
