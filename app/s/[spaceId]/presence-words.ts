/** What the presence bar may say about one other person. */
export type TPresenceKind = "online" | "last-seen-online" | "away" | "not-joined";

export type TPresenceWords = { kind: TPresenceKind; words: string };

/**
 * How one other person's presence is told. Who is online reaches us over our own
 * connection: while it is down the list we hold is only what was true when it went, so
 * nobody is said to be here (a partner might wait for someone who has already left).
 * "Away" and "not joined yet" claim no presence, so they may stand until we are back.
 */
export function presenceWordsFor(person: { hasJoined: boolean }, { isOnline, isConnected }: { isOnline: boolean; isConnected: boolean }): TPresenceWords {
  if (isOnline && isConnected) return { kind: "online", words: "online" };
  if (isOnline) return { kind: "last-seen-online", words: "last seen online" };
  if (person.hasJoined) return { kind: "away", words: "away" };
  return { kind: "not-joined", words: "not joined yet" };
}
