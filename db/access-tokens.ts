import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "./client";
import type { Tx } from "./event-log";
import { accessTokens } from "./schema";

export type Access = { spaceId: string; participantId: string; isRevoked: boolean };

export async function findAccessByTokenHash(db: Db, tokenHash: string): Promise<Access | null> {
  const [row] = await db.select().from(accessTokens).where(eq(accessTokens.tokenHash, tokenHash));
  if (!row) return null;
  return { spaceId: row.spaceId, participantId: row.participantId, isRevoked: row.revokedAt !== null };
}

/** Revokes every live link of a participant and stores the new one's hash. */
export async function replaceAccessToken(
  tx: Tx,
  access: { spaceId: string; participantId: string; tokenHash: string; at: Date },
): Promise<void> {
  await tx
    .update(accessTokens)
    .set({ revokedAt: access.at })
    .where(and(eq(accessTokens.participantId, access.participantId), isNull(accessTokens.revokedAt)));
  await tx.insert(accessTokens).values({
    tokenHash: access.tokenHash,
    spaceId: access.spaceId,
    participantId: access.participantId,
    createdAt: access.at,
  });
}

/** Every live link of a participant stops working (a counsellor the partners removed). */
export async function revokeAccessTokens(tx: Tx, participantId: string, at: Date): Promise<void> {
  await tx
    .update(accessTokens)
    .set({ revokedAt: at })
    .where(and(eq(accessTokens.participantId, participantId), isNull(accessTokens.revokedAt)));
}
