import type { TCheckInAnswers, TCheckInChoice, TCheckInDraft } from "./check-in-schemas";
import { checkInAnswerOf, checkInStatusOf, openCheckInOf, type TCheckIn } from "./check-ins";
import { currentAgreementOf } from "./proposals";
import type { TFear } from "./statement";
import { partnersOf, type TParticipantState, type TSpaceState } from "./state";
import type { TStatementStatus } from "./statements";

/** One partner's answers, to everyone, from the check-in's reveal on; with the fears they answer about. */
export type TRevealedCheckIn = { participantId: string; name: string; answers: TCheckInAnswers; fears: Pick<TFear, "kind" | "words">[] };

export type TCheckInView = {
  number: number;
  agreementVersion: number;
  openedAt: string;
  how: "review-date" | "early";
  /** How far each partner is: never a word of their answers before the reveal (CHK4). */
  statuses: Record<string, TStatementStatus>;
  /** The viewer's own answers (partners only); null for a counsellor. */
  mine: { draft: TCheckInDraft | null; draftSavedAt: string | null; submitted: TCheckInAnswers | null; submittedAt: string | null } | null;
  revealed: { at: string; answers: TRevealedCheckIn[] } | null;
  /** After the reveal: what each partner chose (shared, so the other can choose the same). */
  choices: Record<string, TCheckInChoice>;
  decision: TCheckInChoice | null;
  decidedAt: string | null;
};

export type TCheckInsView = {
  /** When the agreement in force is up for review; null before there is one. */
  reviewAt: string | null;
  /** An early check-in asked for and not answered yet. */
  request: { by: string; at: string } | null;
  /** The check-in under way, if any. */
  current: TCheckInView | null;
  /** Every revealed check-in, oldest first, the current one included once revealed (CHK8). */
  history: TCheckInView[];
};

export function checkInsViewFor(state: TSpaceState, viewer: TParticipantState): TCheckInsView {
  const open = openCheckInOf(state);
  return {
    reviewAt: currentAgreementOf(state)?.reviewAt ?? null,
    request: state.checkIns.request,
    current: open ? checkInViewFor(state, open, viewer) : null,
    history: state.checkIns.all.filter((c) => c.revealedAt !== null).map((c) => checkInViewFor(state, c, viewer)),
  };
}

function checkInViewFor(state: TSpaceState, checkIn: TCheckIn, viewer: TParticipantState): TCheckInView {
  const partners = partnersOf(state);
  const isRevealed = checkIn.revealedAt !== null;
  const mine = checkInAnswerOf(checkIn, viewer.id);
  return {
    number: checkIn.number,
    agreementVersion: checkIn.agreementVersion,
    openedAt: checkIn.openedAt,
    how: checkIn.how,
    statuses: Object.fromEntries(partners.map((p) => [p.id, checkInStatusOf(checkInAnswerOf(checkIn, p.id))])),
    mine:
      viewer.role === "counsellor" || isRevealed
        ? null
        : {
            // A sent check-in is its own draft; sending both would double every view.
            draft: mine.submitted ? null : mine.draft,
            draftSavedAt: mine.draftSavedAt,
            submitted: mine.submitted,
            submittedAt: mine.submittedAt,
          },
    revealed: isRevealed
      ? {
          at: checkIn.revealedAt!,
          answers: partners.flatMap((p) => {
            const answers = checkInAnswerOf(checkIn, p.id).submitted;
            const fears = (checkIn.fears[p.id] ?? []).map(({ kind, words }) => ({ kind, words }));
            return answers ? [{ participantId: p.id, name: p.name, answers, fears }] : [];
          }),
        }
      : null,
    choices: isRevealed ? checkIn.choices : {},
    decision: checkIn.decision,
    decidedAt: checkIn.decidedAt,
  };
}
