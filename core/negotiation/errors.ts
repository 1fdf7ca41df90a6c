/**
 * Expected refusals of the negotiation. `code` is stable (clients and tests match on
 * it); `message` is what a person reads, in calm, plain words.
 */
export const DOMAIN_ERROR_CODES = [
  "NOT_ALLOWED",
  "WRONG_PHASE",
  "UNKNOWN_PARTICIPANT",
  "ALREADY_SUBMITTED",
  "NOT_SUBMITTED",
  "STALE",
  "PAUSED",
  "ALREADY_PAUSED",
  "NOT_PAUSED",
  "CONVERSATION_CLOSED",
  "ALREADY_PROPOSED",
  "RETURN_TOO_SOON",
  "RETURN_TOO_LATE",
  "CONSTRAINT_VIOLATED",
  "UNKNOWN_WISH",
  "HELD",
  "NO_TIMER",
  "UNKNOWN_TARGET",
  "NOT_GUIDED",
  "UNKNOWN_NOTE",
  "NO_AGREEMENT",
  "CHECK_IN_NOT_DUE",
  "NOT_REVEALED",
  "UNKNOWN_FEAR",
] as const;
export type TDomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: TDomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
