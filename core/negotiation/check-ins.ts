import { DateTime } from "luxon";
import { describeInstant } from "../time/return-time";
import type { TActor, TSpaceCommand } from "./commands";
import { isSameChoice, type TCheckInAnswers, type TCheckInChoice, type TCheckInDraft } from "./check-in-schemas";
import { DomainError } from "./errors";
import type { TEventOf, TSpaceEvent } from "./events";
import { requirePartner } from "./guards";
import { currentAgreementOf } from "./proposals";
import type { TFear } from "./statement";
import { otherPartner, partnersOf, phaseOf, type TSpaceState } from "./state";
import { statementOf, type TStatementStatus } from "./statements";
import { isReviewDateReached } from "./review-date";

/**
 * Check-ins on the agreement (CHK1–CHK8): from the review date on, or earlier when both
 * want it, each partner answers privately how the agreed week went. The answers have the
 * statement's guarantees: drafts on the server for their author only, a status for everyone
 * else, and the reveal in the same append as the second submit (atomic on the (space_id, seq)
 * key, so two submits racing on two processes reveal exactly once). After the reveal both
 * choose together: keep, adjust (a new round from their last statements), or write afresh.
 */
export type TCheckInAnswerState = {
  draft: TCheckInDraft | null;
  draftSavedAt: string | null;
  submitted: TCheckInAnswers | null;
  submittedAt: string | null;
};

export type TCheckIn = {
  /** 1, 2, … in the order the space held them. */
  number: number;
  /** The agreement version it looks back on. */
  agreementVersion: number;
  openedAt: string;
  how: "review-date" | "early";
  /** Private until the reveal: only `viewFor` decides who sees what of these. */
  answers: Record<string, TCheckInAnswerState>;
  revealedAt: string | null;
  /** Each partner's own fears as they stood at the reveal, so the answers about them stay readable later. */
  fears: Record<string, TFear[]>;
  choices: Record<string, TCheckInChoice>;
  decision: TCheckInChoice | null;
  decidedAt: string | null;
};

export type TCheckInsState = {
  /** An early check-in one partner asked for and the other has not answered yet. */
  request: { by: string; at: string } | null;
  /** Every check-in, the open one (not decided yet) last. Never removed: they are the agreement's history. */
  all: TCheckIn[];
};

export const INITIAL_CHECK_INS_STATE: TCheckInsState = { request: null, all: [] };

const EMPTY_ANSWER: TCheckInAnswerState = { draft: null, draftSavedAt: null, submitted: null, submittedAt: null };

/** The check-in under way (opened and not yet decided), if any. */
export function openCheckInOf(state: TSpaceState): TCheckIn | null {
  const last = state.checkIns.all.at(-1);
  return last && last.decidedAt === null ? last : null;
}

export function checkInAnswerOf(checkIn: TCheckIn, participantId: string): TCheckInAnswerState {
  return checkIn.answers[participantId] ?? EMPTY_ANSWER;
}

export function checkInStatusOf(answer: TCheckInAnswerState): TStatementStatus {
  if (answer.submitted) return "submitted";
  return answer.draft ? "writing" : "not-started";
}

/** Whether a check-in may begin now without asking (CHK1): the agreement in force has reached its review date. */
export function isCheckInDue(state: TSpaceState, now: string): boolean {
  const agreement = currentAgreementOf(state);
  return agreement !== null && phaseOf(state) === "agreed" && isReviewDateReached(agreement.reviewAt, now);
}

type CheckInCommand = Extract<
  TSpaceCommand,
  {
    type: "check-in:request" | "check-in:answer-request" | "check-in:saveDraft" | "check-in:submit" | "check-in:unlock" | "check-in:choose";
  }
>;

export function decideCheckIn(state: TSpaceState, command: CheckInCommand, actor: TActor, now: string): TSpaceEvent[] {
  const me = requirePartner(state, actor, "Only the two partners answer a check-in; a counsellor sees how far each is, and the answers after the reveal.");
  const agreement = currentAgreementOf(state);
  if (!agreement) throw new DomainError("NO_AGREEMENT", "There is no agreement yet to check in on. Check-ins come after you have agreed on a week.");
  const partner = otherPartner(state, me.id);
  if (!partner) throw new DomainError("UNKNOWN_PARTICIPANT", "Your partner is not in this space.");
  const open = openCheckInOf(state);
  if (!open && phaseOf(state) !== "agreed") {
    throw new DomainError("WRONG_PHASE", "You are working on a new agreement now; check-ins come once it is made.");
  }

  switch (command.type) {
    case "check-in:request": {
      // Already possible, or already asked: nothing new to say (CHK2).
      if (open || isCheckInDue(state, now) || state.checkIns.request?.by === me.id) return [];
      // Asking when the other has asked is saying yes to them.
      if (state.checkIns.request?.by === partner.id) return [...answeredYes(me.id), opened(state, agreement.version, "early")];
      return [{ type: "check-in:requested", data: { by: me.id } }];
    }

    case "check-in:answer-request": {
      const request = state.checkIns.request;
      if (!request || request.by === me.id) {
        throw new DomainError("STALE", open ? "The check-in has already begun." : "There is no request for an early check-in waiting for your answer.");
      }
      if (!command.payload.accept) return [{ type: "check-in:request-declined", data: { by: me.id } }];
      return [...answeredYes(me.id), opened(state, agreement.version, "early")];
    }

    case "check-in:saveDraft":
    case "check-in:submit":
    case "check-in:unlock": {
      const { number, opening } = requireCheckInToAnswer(state, open, partner.name, now);
      const mine = open ? checkInAnswerOf(open, me.id) : EMPTY_ANSWER;
      if (command.type === "check-in:unlock") {
        if (!mine.submitted) throw new DomainError("NOT_SUBMITTED", "Your check-in isn’t sent, so there is nothing to unlock.");
        return [{ type: "check-in:unlocked", data: { participantId: me.id, number } }];
      }
      if (mine.submitted) {
        throw new DomainError("ALREADY_SUBMITTED", "Your check-in is sent. Unlock it first to make changes.");
      }
      if (command.type === "check-in:saveDraft") {
        return [...opening, { type: "check-in:draft-saved", data: { participantId: me.id, number, draft: command.payload.draft } }];
      }
      requireOwnFears(state, me.id, command.payload.answers);
      const submitted: TSpaceEvent = { type: "check-in:submitted", data: { participantId: me.id, number, answers: command.payload.answers } };
      // The reveal is decided with the second submit, so it is appended atomically with it (CHK4).
      const partnerHasSubmitted = open ? checkInAnswerOf(open, partner.id).submitted !== null : false;
      return partnerHasSubmitted ? [...opening, submitted, { type: "check-in:revealed", data: { number } }] : [...opening, submitted];
    }

    case "check-in:choose": {
      if (!open) throw new DomainError("NO_AGREEMENT", "There is no check-in under way to decide on.");
      if (open.revealedAt === null) {
        throw new DomainError("NOT_REVEALED", "You choose what to do once both check-ins are sent and you have read each other’s.");
      }
      const { choice } = command.payload;
      const chosen: TSpaceEvent = { type: "check-in:chosen", data: { by: me.id, number: open.number, choice } };
      if (isSameChoice(open.choices[me.id], choice)) return [];
      if (!isSameChoice(open.choices[partner.id], choice)) return [chosen];
      // Both chose the same: decided (CHK6).
      const reviewAt =
        choice.kind === "keep" ? DateTime.fromISO(now).setZone(state.timeZone).plus({ weeks: choice.weeks }).toUTC().toISO()! : null;
      const decided: TSpaceEvent = { type: "check-in:decided", data: { number: open.number, choice, reviewAt } };
      if (choice.kind === "keep") return [chosen, decided];
      return [chosen, decided, { type: "round:started", data: { round: state.round + 1, how: choice.kind } }];
    }
  }
}

function answeredYes(by: string): TSpaceEvent[] {
  return [{ type: "check-in:request-accepted", data: { by } }];
}

function opened(state: TSpaceState, agreementVersion: number, how: "review-date" | "early"): TSpaceEvent {
  return { type: "check-in:opened", data: { number: state.checkIns.all.length + 1, agreementVersion, how } };
}

/** The check-in a partner may write in now, opening one from the review date on (CHK1). */
function requireCheckInToAnswer(
  state: TSpaceState,
  open: TCheckIn | null,
  partnerName: string,
  now: string,
): { number: number; opening: TSpaceEvent[] } {
  if (open) {
    if (open.revealedAt !== null) {
      throw new DomainError("WRONG_PHASE", "Both check-ins have been revealed; they can’t be changed any more.");
    }
    return { number: open.number, opening: [] };
  }
  const agreement = currentAgreementOf(state)!;
  if (!isCheckInDue(state, now)) {
    throw new DomainError(
      "CHECK_IN_NOT_DUE",
      `Your check-in opens on ${describeInstant(agreement.reviewAt, state.timeZone)}. Until then you can ask ${partnerName} for an early one.`,
    );
  }
  const opening = opened(state, agreement.version, "review-date");
  return { number: state.checkIns.all.length + 1, opening: [opening] };
}

/** One answer for each of the partner's own fears, and none for a fear they didn't name (CHK3). */
function requireOwnFears(state: TSpaceState, participantId: string, answers: TCheckInAnswers): void {
  const fears = statementOf(state, participantId).submitted?.fears ?? [];
  const answered = answers.fears.map((f) => f.fear);
  if (answered.some((index) => index >= fears.length) || new Set(answered).size !== answered.length) {
    throw new DomainError("UNKNOWN_FEAR", "Answer once for each of your own fears, and only for those.");
  }
  if (answered.length !== fears.length) {
    throw new DomainError("UNKNOWN_FEAR", "Please say for each of your fears whether it eased.");
  }
}

type CheckInEvent = TEventOf<
  | "check-in:requested"
  | "check-in:request-accepted"
  | "check-in:request-declined"
  | "check-in:opened"
  | "check-in:draft-saved"
  | "check-in:submitted"
  | "check-in:unlocked"
  | "check-in:revealed"
  | "check-in:chosen"
  | "check-in:decided"
>;

export function evolveCheckIn(state: TSpaceState, event: CheckInEvent & { at: string }): TSpaceState {
  const checkIns = state.checkIns;
  const withOpen = (change: (checkIn: TCheckIn) => Partial<TCheckIn>): TSpaceState => {
    const open = openCheckInOf(state);
    if (!open) return state;
    return { ...state, checkIns: { ...checkIns, all: [...checkIns.all.slice(0, -1), { ...open, ...change(open) }] } };
  };
  const withAnswer = (participantId: string, change: Partial<TCheckInAnswerState>) =>
    withOpen((open) => ({ answers: { ...open.answers, [participantId]: { ...checkInAnswerOf(open, participantId), ...change } } }));

  switch (event.type) {
    case "check-in:requested":
      return { ...state, checkIns: { ...checkIns, request: { by: event.data.by, at: event.at } } };
    case "check-in:request-accepted":
    case "check-in:request-declined":
      return { ...state, checkIns: { ...checkIns, request: null } };
    case "check-in:opened": {
      const { number, agreementVersion, how } = event.data;
      const checkIn: TCheckIn = {
        number,
        agreementVersion,
        openedAt: event.at,
        how,
        answers: {},
        revealedAt: null,
        fears: {},
        choices: {},
        decision: null,
        decidedAt: null,
      };
      return { ...state, checkIns: { request: null, all: [...checkIns.all, checkIn] } };
    }
    case "check-in:draft-saved":
      return withAnswer(event.data.participantId, { draft: event.data.draft, draftSavedAt: event.at });
    case "check-in:submitted":
      return withAnswer(event.data.participantId, {
        submitted: event.data.answers,
        submittedAt: event.at,
        draft: event.data.answers,
        draftSavedAt: event.at,
      });
    case "check-in:unlocked":
      return withAnswer(event.data.participantId, { submitted: null, submittedAt: null });
    case "check-in:revealed":
      return withOpen(() => ({
        revealedAt: event.at,
        fears: Object.fromEntries(partnersOf(state).map((p) => [p.id, statementOf(state, p.id).submitted?.fears ?? []])),
      }));
    case "check-in:chosen":
      return withOpen((open) => ({ choices: { ...open.choices, [event.data.by]: event.data.choice } }));
    case "check-in:decided": {
      const next = withOpen(() => ({ decision: event.data.choice, decidedAt: event.at }));
      const { reviewAt } = event.data;
      if (reviewAt === null) return next;
      // Keeping the agreement moves only its next review; the version itself stays as it was made (CHK6).
      const agreements = next.proposals.agreements.map((a, i, all) => (i === all.length - 1 ? { ...a, reviewAt } : a));
      return { ...next, proposals: { ...next.proposals, agreements } };
    }
  }
}

type RoundEvent = TEventOf<"round:started">;

/**
 * A new round after a check-in (CHK7): statements, the reveal, reflecting and proposals start
 * over; every agreement made so far stays. Adjusting starts each partner's draft from their
 * last submitted statement; writing afresh starts from nothing.
 */
export function evolveRound(state: TSpaceState, event: RoundEvent & { at: string }): TSpaceState {
  const statements = Object.fromEntries(
    partnersOf(state).map((p) => {
      const last = statementOf(state, p.id).submitted;
      const draft = event.data.how === "adjust" && last ? last : null;
      return [p.id, { draft, draftSavedAt: draft ? event.at : null, submitted: null, submittedAt: null }];
    }),
  );
  return {
    ...state,
    round: event.data.round,
    statements,
    revealedAt: null,
    reflection: { offers: {}, skipVotes: [], completedAt: null, completedHow: null },
    proposals: {
      ...state.proposals,
      // Proposals still being computed for the last round's inputs are outdated now.
      inputsVersion: state.proposals.inputsVersion + 1,
      changes: {},
      set: null,
      acceptances: {},
    },
    facilitation: { ...state.facilitation, spotlight: null },
  };
}
