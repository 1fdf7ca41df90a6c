import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "./client";
import { accessTokens, deviceCodes } from "./schema";

/**
 * Device codes belong to the key that made them, not to a space: whoever that key opens
 * (a participant of a space today, a counsellor's workspace next), the new device gets a
 * key to the same (DEV4). A code dies with that key: once its device is signed out or
 * its link replaced, the code opens nothing.
 */
export async function makeDeviceCode(
  db: Db,
  code: { codeHash: string; madeWithTokenHash: string; holderId: string; at: Date; expiresAt: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    // One live code per person: making a new one ends the one before it (DEV1).
    await tx
      .update(deviceCodes)
      .set({ endedAt: code.at })
      .where(
        and(
          isNull(deviceCodes.endedAt),
          sql`${deviceCodes.madeWithTokenHash} in (select ${accessTokens.tokenHash} from ${accessTokens} where ${accessTokens.participantId} = ${code.holderId})`,
        ),
      );
    await tx.insert(deviceCodes).values({
      codeHash: code.codeHash,
      madeWithTokenHash: code.madeWithTokenHash,
      createdAt: code.at,
      expiresAt: code.expiresAt,
    });
  });
}

export type RedeemOutcome =
  | { ok: true; spaceId: string; participantId: string }
  | { ok: false; reason: "unknown" | "used" | "expired" | "signed-out" };

/**
 * Spends a code and stores the new device's key in one transaction, or writes nothing.
 * The spending update is the single-use guarantee: of two redeemers racing, the second
 * finds the code ended.
 */
export async function redeemDeviceCode(db: Db, redeem: { codeHash: string; deviceTokenHash: string; at: Date }): Promise<RedeemOutcome> {
  return db.transaction(async (tx) => {
    const [spent] = await tx
      .update(deviceCodes)
      .set({ endedAt: redeem.at, usedAt: redeem.at })
      .from(accessTokens)
      .where(
        and(
          eq(deviceCodes.codeHash, redeem.codeHash),
          isNull(deviceCodes.endedAt),
          sql`${deviceCodes.expiresAt} > ${redeem.at.toISOString()}::timestamptz`,
          eq(accessTokens.tokenHash, deviceCodes.madeWithTokenHash),
          isNull(accessTokens.revokedAt),
        ),
      )
      .returning({ spaceId: accessTokens.spaceId, participantId: accessTokens.participantId });
    if (spent) {
      await tx.insert(accessTokens).values({
        tokenHash: redeem.deviceTokenHash,
        spaceId: spent.spaceId,
        participantId: spent.participantId,
        kind: "device",
        createdAt: redeem.at,
      });
      return { ok: true, ...spent };
    }
    const [found] = await tx
      .select({ usedAt: deviceCodes.usedAt, endedAt: deviceCodes.endedAt, expiresAt: deviceCodes.expiresAt, revokedAt: accessTokens.revokedAt })
      .from(deviceCodes)
      .innerJoin(accessTokens, eq(accessTokens.tokenHash, deviceCodes.madeWithTokenHash))
      .where(eq(deviceCodes.codeHash, redeem.codeHash));
    if (!found) return { ok: false, reason: "unknown" };
    if (found.usedAt) return { ok: false, reason: "used" };
    if (found.revokedAt) return { ok: false, reason: "signed-out" };
    // A code ended by a newer one reads as expired: either way, the newest code is the one to use.
    return { ok: false, reason: "expired" };
  });
}

/** Codes are worth nothing a day after they expire; they are cleared now and then. */
export async function forgetOldDeviceCodes(db: Db, before: Date): Promise<void> {
  await db.delete(deviceCodes).where(sql`${deviceCodes.expiresAt} < ${before.toISOString()}::timestamptz`);
}
