import type { TPhase } from "./state";

/**
 * Whether the conversation is going on (PAU7). Once both partners have chosen the same plan
 * there is nothing left that a break could protect, so a pause would only stop the clock on
 * nothing. A check-in under way opens it again, and so does the new round that may follow
 * (its phases are the conversation's own): this is the one place that says so.
 */
export function isConversationOpen(phase: TPhase, isCheckInOpen: boolean): boolean {
  return phase !== "agreed" || isCheckInOpen;
}
