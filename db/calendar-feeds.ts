import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "./client";
import type { Tx } from "./event-log";
import { calendarFeeds } from "./schema";

export type CalendarFeed = { spaceId: string; participantId: string; isRevoked: boolean };

/** A partner's new calendar address: the one before it stops working in the same transaction (CAL3). */
export async function replaceCalendarFeed(
  tx: Tx,
  feed: { spaceId: string; participantId: string; tokenHash: string; at: Date },
): Promise<void> {
  await revokeCalendarFeeds(tx, feed.participantId, feed.at);
  await tx.insert(calendarFeeds).values({ tokenHash: feed.tokenHash, spaceId: feed.spaceId, participantId: feed.participantId, createdAt: feed.at });
}

export async function revokeCalendarFeeds(tx: Tx, participantId: string, at: Date): Promise<void> {
  await tx
    .update(calendarFeeds)
    .set({ revokedAt: at })
    .where(and(eq(calendarFeeds.participantId, participantId), isNull(calendarFeeds.revokedAt)));
}

export async function findCalendarFeed(db: Db, tokenHash: string): Promise<CalendarFeed | null> {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.tokenHash, tokenHash));
  return row ? { spaceId: row.spaceId, participantId: row.participantId, isRevoked: row.revokedAt !== null } : null;
}
