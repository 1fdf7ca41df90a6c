/**
 * A client picks its command ids, so an id is unique only among one sender's commands:
 * the idempotency key the log keeps is the id within its sender. A partner who happens to
 * (or means to) reuse the other's id then has their own command applied, never mistaken
 * for a retry of someone else's (INP2).
 */
export function senderCommandId(participantId: string, commandId: string): string {
  return `${participantId}/${commandId}`;
}
