import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { ZWorkspaceEvent, type TRecordedWorkspaceEvent, type TWorkspaceEvent } from "../core/workspace/events";
import type { Db } from "./client";
import { isUniqueViolation } from "./errors";
import type { Tx } from "./event-log";
import { workspaceEvents, workspaceRecoveryCodes, workspaces, workspaceTokens } from "./schema";

export type NewWorkspace = {
  workspaceId: string;
  createdEvent: TWorkspaceEvent;
  tokenHash: string;
  recoveryCodeHash: string;
  commandId: string;
  at: Date;
};

/** A workspace is born whole: its row, its link and its first event, or nothing. */
export async function createWorkspace(db: Db, workspace: NewWorkspace): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(workspaces).values({ id: workspace.workspaceId, createdAt: workspace.at });
    await tx.insert(workspaceTokens).values({ tokenHash: workspace.tokenHash, workspaceId: workspace.workspaceId, createdAt: workspace.at });
    await tx.insert(workspaceRecoveryCodes).values({ codeHash: workspace.recoveryCodeHash, workspaceId: workspace.workspaceId, createdAt: workspace.at });
    await tx.insert(workspaceEvents).values({
      workspaceId: workspace.workspaceId,
      seq: 1,
      type: workspace.createdEvent.type,
      data: workspace.createdEvent.data,
      actor: "system",
      commandId: workspace.commandId,
      at: workspace.at,
    });
  });
}

export type WorkspaceAccess = { workspaceId: string; isRevoked: boolean };

export async function findWorkspaceByTokenHash(db: Db, tokenHash: string): Promise<WorkspaceAccess | null> {
  const [row] = await db.select().from(workspaceTokens).where(eq(workspaceTokens.tokenHash, tokenHash));
  return row ? { workspaceId: row.workspaceId, isRevoked: row.revokedAt !== null } : null;
}

/** Events of a workspace after `afterSeq`, parsed: the database is a boundary too. */
export async function loadWorkspaceEvents(db: Db, workspaceId: string, afterSeq = 0): Promise<TRecordedWorkspaceEvent[]> {
  const rows = await db
    .select()
    .from(workspaceEvents)
    .where(and(eq(workspaceEvents.workspaceId, workspaceId), gt(workspaceEvents.seq, afterSeq)))
    .orderBy(asc(workspaceEvents.seq));
  return rows.map((row) => ({ ...ZWorkspaceEvent.parse({ type: row.type, data: row.data }), seq: row.seq, actor: row.actor, at: row.at.toISOString() }));
}

export async function findAppliedWorkspaceCommand(db: Db | Tx, workspaceId: string, commandId: string): Promise<number | null> {
  const [row] = await db
    .select({ seq: workspaceEvents.seq })
    .from(workspaceEvents)
    .where(and(eq(workspaceEvents.workspaceId, workspaceId), eq(workspaceEvents.commandId, commandId)));
  return row?.seq ?? null;
}

export type WorkspaceAppend = { workspaceId: string; expectedSeq: number; event: TWorkspaceEvent; actor: string; commandId: string; at: Date };

/**
 * One event at the seq after the one decided on. A taken seq or an applied command id is
 * a conflict the caller resolves by reloading (a duplicate is then found by its id).
 */
export async function appendWorkspaceEvent(db: Db | Tx, append: WorkspaceAppend): Promise<{ ok: true; seq: number } | { ok: false }> {
  const seq = append.expectedSeq + 1;
  try {
    await db.insert(workspaceEvents).values({
      workspaceId: append.workspaceId,
      seq,
      type: append.event.type,
      data: append.event.data,
      actor: append.actor,
      commandId: append.commandId,
      at: append.at,
    });
    return { ok: true, seq };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false };
    throw error;
  }
}

/** A new link for a workspace: every older link stops working in the same transaction. */
export async function replaceWorkspaceToken(db: Db | Tx, replacement: { workspaceId: string; tokenHash: string; at: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(workspaceTokens)
      .set({ revokedAt: replacement.at })
      .where(and(eq(workspaceTokens.workspaceId, replacement.workspaceId), isNull(workspaceTokens.revokedAt)));
    await tx.insert(workspaceTokens).values({ tokenHash: replacement.tokenHash, workspaceId: replacement.workspaceId, createdAt: replacement.at });
  });
}

export type Recovery = { ok: true; workspaceId: string } | { ok: false; reason: "unknown" | "used" };

/**
 * Spends a recovery code: a new link and a new code replace every old link and the spent
 * code, all in one transaction, or nothing happens.
 */
export async function recoverWorkspace(
  db: Db,
  recovery: { codeHash: string; newTokenHash: string; newCodeHash: string; at: Date },
): Promise<Recovery> {
  return db.transaction(async (tx) => {
    const [code] = await tx.select().from(workspaceRecoveryCodes).where(eq(workspaceRecoveryCodes.codeHash, recovery.codeHash)).for("update");
    if (!code) return { ok: false, reason: "unknown" } as const;
    if (code.usedAt) return { ok: false, reason: "used" } as const;
    await tx.update(workspaceRecoveryCodes).set({ usedAt: recovery.at }).where(eq(workspaceRecoveryCodes.codeHash, recovery.codeHash));
    await tx.insert(workspaceRecoveryCodes).values({ codeHash: recovery.newCodeHash, workspaceId: code.workspaceId, createdAt: recovery.at });
    await replaceWorkspaceToken(tx, { workspaceId: code.workspaceId, tokenHash: recovery.newTokenHash, at: recovery.at });
    return { ok: true, workspaceId: code.workspaceId } as const;
  });
}
