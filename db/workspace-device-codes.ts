import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "./client";
import type { RedeemOutcome } from "./device-codes";
import { workspaceDeviceCodes, workspaceTokens } from "./schema";

/**
 * A workspace's device codes, the twin of a partner's (DEV1–DEV4, WSP7): a code belongs to
 * the workspace key that made it and dies with it, and redeeming it adds a key of the new
 * device's own to the same workspace. A new workspace link revokes every key, devices too.
 */
export async function makeWorkspaceDeviceCode(
  db: Db,
  code: { codeHash: string; madeWithTokenHash: string; workspaceId: string; at: Date; expiresAt: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    // One live code per workspace: making a new one ends the one before it (DEV1).
    await tx
      .update(workspaceDeviceCodes)
      .set({ endedAt: code.at })
      .where(
        and(
          isNull(workspaceDeviceCodes.endedAt),
          sql`${workspaceDeviceCodes.madeWithTokenHash} in (select ${workspaceTokens.tokenHash} from ${workspaceTokens} where ${workspaceTokens.workspaceId} = ${code.workspaceId})`,
        ),
      );
    await tx.insert(workspaceDeviceCodes).values({
      codeHash: code.codeHash,
      madeWithTokenHash: code.madeWithTokenHash,
      createdAt: code.at,
      expiresAt: code.expiresAt,
    });
  });
}

export type WorkspaceRedeemOutcome = { ok: true; workspaceId: string } | Extract<RedeemOutcome, { ok: false }>;

/** Spends a code and stores the new device's key in one transaction, or writes nothing (DEV2). */
export async function redeemWorkspaceDeviceCode(db: Db, redeem: { codeHash: string; deviceTokenHash: string; at: Date }): Promise<WorkspaceRedeemOutcome> {
  return db.transaction(async (tx) => {
    const [spent] = await tx
      .update(workspaceDeviceCodes)
      .set({ endedAt: redeem.at, usedAt: redeem.at })
      .from(workspaceTokens)
      .where(
        and(
          eq(workspaceDeviceCodes.codeHash, redeem.codeHash),
          isNull(workspaceDeviceCodes.endedAt),
          sql`${workspaceDeviceCodes.expiresAt} > ${redeem.at.toISOString()}::timestamptz`,
          eq(workspaceTokens.tokenHash, workspaceDeviceCodes.madeWithTokenHash),
          isNull(workspaceTokens.revokedAt),
        ),
      )
      .returning({ workspaceId: workspaceTokens.workspaceId });
    if (spent) {
      await tx.insert(workspaceTokens).values({ tokenHash: redeem.deviceTokenHash, workspaceId: spent.workspaceId, createdAt: redeem.at });
      return { ok: true, workspaceId: spent.workspaceId };
    }
    const [found] = await tx
      .select({ usedAt: workspaceDeviceCodes.usedAt, revokedAt: workspaceTokens.revokedAt })
      .from(workspaceDeviceCodes)
      .innerJoin(workspaceTokens, eq(workspaceTokens.tokenHash, workspaceDeviceCodes.madeWithTokenHash))
      .where(eq(workspaceDeviceCodes.codeHash, redeem.codeHash));
    if (!found) return { ok: false, reason: "unknown" };
    if (found.usedAt) return { ok: false, reason: "used" };
    if (found.revokedAt) return { ok: false, reason: "signed-out" };
    return { ok: false, reason: "expired" };
  });
}

/** Codes are worth nothing a day after they expire. */
export async function forgetOldWorkspaceDeviceCodes(db: Db, before: Date): Promise<void> {
  await db.delete(workspaceDeviceCodes).where(sql`${workspaceDeviceCodes.expiresAt} < ${before.toISOString()}::timestamptz`);
}
