import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "./client";
import type { Tx } from "./event-log";
import { accessTokens } from "./schema";

export type TokenKind = "link" | "device";
export type Access = { spaceId: string; participantId: string; kind: TokenKind; isRevoked: boolean };

export async function findAccessByTokenHash(db: Db, tokenHash: string): Promise<Access | null> {
  const [row] = await db.select().from(accessTokens).where(eq(accessTokens.tokenHash, tokenHash));
  if (!row) return null;
  return { spaceId: row.spaceId, participantId: row.participantId, kind: row.kind, isRevoked: row.revokedAt !== null };
}

/** One key stops working (a device that forgot a space); the person's other keys go on. */
export async function revokeToken(db: Db, tokenHash: string, at: Date): Promise<void> {
  await db.update(accessTokens).set({ revokedAt: at }).where(and(eq(accessTokens.tokenHash, tokenHash), isNull(accessTokens.revokedAt)));
}

/** Revokes every live key of a participant, links and devices, and stores the new link's hash (SPC4). */
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
