import type { TPhase } from "./state";

/**
 * Whether the conversation is still going on. Once both partners have chosen the same plan
 * there is nothing left that a break could protect, so a pause would only stop the clock on
 * nothing (PAU7). A later round (a check-in, a renegotiation) opens it again: this is the
 * one place that will say so.
 */
export function isConversationOpen(phase: TPhase): boolean {
  return phase !== "agreed";
}
