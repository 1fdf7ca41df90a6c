import type { TActor, TSpaceCommand } from "./commands";
import { DomainError } from "./errors";
import type { TEventOf, TSpaceEvent } from "./events";
import type { TStatement, TStatementDraft } from "./statement";
import { otherPartner, phaseOf, type TSpaceState } from "./state";
import { requirePartner } from "./guards";

export type TStatementState = {
  draft: TStatementDraft | null;
  draftSavedAt: string | null;
  submitted: TStatement | null;
  submittedAt: string | null;
};

export type TStatementStatus = "not-started" | "writing" | "submitted";

export const EMPTY_STATEMENT_STATE: TStatementState = { draft: null, draftSavedAt: null, submitted: null, submittedAt: null };

export function statementOf(state: TSpaceState, participantId: string): TStatementState {
  return state.statements[participantId] ?? EMPTY_STATEMENT_STATE;
}

export function statusOf(statement: TStatementState): TStatementStatus {
  if (statement.submitted) return "submitted";
  return statement.draft ? "writing" : "not-started";
}

type StatementCommand = Extract<TSpaceCommand, { type: "statement:saveDraft" | "statement:submit" | "statement:unlock" }>;

/**
 * Writing privately, submitting, unlocking, and the reveal. The reveal is decided in
 * the same breath as the second submit, so it is appended atomically with it: two
 * submits racing on one seq can never both reveal (REV2).
 */
export function decideStatement(state: TSpaceState, command: StatementCommand, actor: TActor): TSpaceEvent[] {
  const author = requirePartner(state, actor, "Only the two partners write statements.");
  if (phaseOf(state) !== "writing") {
    throw new DomainError("WRONG_PHASE", "Both statements have been revealed; they can’t be changed any more.");
  }
  const mine = statementOf(state, author.id);
  const round = state.round;
  switch (command.type) {
    case "statement:saveDraft":
      if (mine.submitted) {
        throw new DomainError("ALREADY_SUBMITTED", "Your statement is submitted. Unlock it first to make changes.");
      }
      return [{ type: "draft:saved", data: { participantId: author.id, round, draft: command.payload.draft } }];

    case "statement:submit": {
      if (mine.submitted) throw new DomainError("ALREADY_SUBMITTED", "Your statement is already submitted.");
      const submitted: TSpaceEvent = {
        type: "statement:submitted",
        data: { participantId: author.id, round, statement: command.payload.statement },
      };
      const partner = otherPartner(state, author.id);
      const partnerHasSubmitted = partner ? statementOf(state, partner.id).submitted !== null : false;
      return partnerHasSubmitted ? [submitted, { type: "statements:revealed", data: { round } }] : [submitted];
    }

    case "statement:unlock":
      if (!mine.submitted) throw new DomainError("NOT_SUBMITTED", "Your statement isn’t submitted, so there is nothing to unlock.");
      return [{ type: "statement:unlocked", data: { participantId: author.id, round } }];
  }
}

type StatementEvent = TEventOf<"draft:saved" | "statement:submitted" | "statement:unlocked" | "statements:revealed">;

export function evolveStatement(state: TSpaceState, event: StatementEvent & { at: string }): TSpaceState {
  if (event.type === "statements:revealed") return { ...state, revealedAt: event.at };
  const id = event.data.participantId;
  const current = statementOf(state, id);
  const change: Partial<TStatementState> =
    event.type === "draft:saved"
      ? { draft: event.data.draft, draftSavedAt: event.at }
      : event.type === "statement:submitted"
        ? { submitted: event.data.statement, submittedAt: event.at, draft: event.data.statement, draftSavedAt: event.at }
        : { submitted: null, submittedAt: null };
  return { ...state, statements: { ...state.statements, [id]: { ...current, ...change } } };
}
