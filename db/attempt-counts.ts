import { sql } from "drizzle-orm";
import type { Db } from "./client";
import { attemptCounts } from "./schema";

/**
 * Counts tries in fixed windows, in the database, so a limit holds however many server
 * processes answer (DEV3). One upsert per try; old windows are cleared as new ones open.
 * Returns how many tries this one makes in its window.
 */
export async function countAttempt(db: Db, attempt: { key: string; windowStart: Date }): Promise<number> {
  const [row] = await db
    .insert(attemptCounts)
    .values({ key: attempt.key, windowStart: attempt.windowStart, count: 1 })
    .onConflictDoUpdate({ target: [attemptCounts.key, attemptCounts.windowStart], set: { count: sql`${attemptCounts.count} + 1` } })
    .returning({ count: attemptCounts.count });
  return row?.count ?? 1;
}

export async function forgetAttemptsBefore(db: Db, before: Date): Promise<void> {
  await db.delete(attemptCounts).where(sql`${attemptCounts.windowStart} < ${before.toISOString()}::timestamptz`);
}
