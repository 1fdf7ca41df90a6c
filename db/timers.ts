import { and, eq, sql } from "drizzle-orm";
import type { Db } from "./client";
import type { Tx } from "./event-log";
import { timers } from "./schema";

export type NewTimer = { id: string; dueAt: string; command: unknown };
export type DueTimer = { id: string; spaceId: string; command: unknown };

/** Stores timers in the same transaction as the events they follow from. */
export async function scheduleTimers(tx: Tx, spaceId: string, newTimers: readonly NewTimer[]): Promise<void> {
  if (newTimers.length === 0) return;
  await tx
    .insert(timers)
    .values(newTimers.map((t) => ({ id: t.id, spaceId, dueAt: new Date(t.dueAt), command: t.command })))
    .onConflictDoNothing();
}

/**
 * Claims due timers for `leaseMs`: rows another server holds are skipped, and a claim
 * whose server died runs out, so the timer is taken again.
 */
export async function claimDueTimers(db: Db, now: Date, leaseMs: number, limit = 50): Promise<DueTimer[]> {
  const nowIso = now.toISOString();
  const until = new Date(now.getTime() + leaseMs).toISOString();
  const rows = await db.execute<{ id: string; space_id: string; command: unknown }>(sql`
    update ${timers} set claimed_until = ${until}::timestamptz
    where (space_id, id) in (
      select space_id, id from ${timers}
      where done_at is null and due_at <= ${nowIso}::timestamptz
        and (claimed_until is null or claimed_until < ${nowIso}::timestamptz)
      order by due_at
      limit ${limit}
      for update skip locked
    )
    returning id, space_id, command`);
  const list = Array.isArray(rows) ? rows : (rows as { rows: typeof rows }).rows;
  return (list as { id: string; space_id: string; command: unknown }[]).map((r) => ({ id: r.id, spaceId: r.space_id, command: r.command }));
}

export async function completeTimer(db: Db, timer: { id: string; spaceId: string }, at: Date): Promise<void> {
  await db.update(timers).set({ doneAt: at }).where(and(eq(timers.spaceId, timer.spaceId), eq(timers.id, timer.id)));
}
