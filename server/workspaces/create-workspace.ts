import { randomUUID } from "node:crypto";
import { SYSTEM_ACTOR } from "../../core/negotiation/commands";
import { decideWorkspace } from "../../core/workspace/decide";
import { initialWorkspaceState } from "../../core/workspace/state";
import type { Db } from "../../db/client";
import { createWorkspace, recoverWorkspace, replaceWorkspaceToken, type Recovery } from "../../db/workspaces";
import { generateToken, hashToken } from "../auth/tokens";

export function workspaceLink(publicUrl: string, token: string): string {
  return `${publicUrl}/w/${token}`;
}

export type WorkspaceKeys = { workspaceId: string; token: string; link: string; recoveryCode: string };

/**
 * A counsellor's new workspace, its personal link and its recovery code (192 random bits
 * each; only hashes are kept). The code is shown once, to keep somewhere safe.
 */
export async function createWorkspaceForCounsellor(db: Db, counsellorName: string, context: { publicUrl: string; now: Date }): Promise<WorkspaceKeys> {
  const workspaceId = randomUUID();
  const token = generateToken();
  const recoveryCode = generateToken();
  const [createdEvent] = decideWorkspace(initialWorkspaceState(workspaceId), { type: "workspace:create", payload: { counsellorName } }, SYSTEM_ACTOR);
  await createWorkspace(db, {
    workspaceId,
    createdEvent: createdEvent!,
    tokenHash: hashToken(token),
    recoveryCodeHash: hashToken(recoveryCode),
    commandId: `create-${workspaceId}`,
    at: context.now,
  });
  return { workspaceId, token, link: workspaceLink(context.publicUrl, token), recoveryCode };
}

/** Every device lost: the recovery code makes a new link (and a new code), and the old links stop working. */
export async function recoverWithCode(
  db: Db,
  recoveryCode: string,
  context: { publicUrl: string; now: Date },
): Promise<(Recovery & { ok: false }) | ({ ok: true } & WorkspaceKeys)> {
  const token = generateToken();
  const newCode = generateToken();
  const outcome = await recoverWorkspace(db, { codeHash: hashToken(recoveryCode), newTokenHash: hashToken(token), newCodeHash: hashToken(newCode), at: context.now });
  if (!outcome.ok) return outcome;
  return { ok: true, workspaceId: outcome.workspaceId, token, link: workspaceLink(context.publicUrl, token), recoveryCode: newCode };
}

/** "Make a new link": signs out every other device of this workspace. */
export async function renewWorkspaceLink(db: Db, workspaceId: string, context: { publicUrl: string; now: Date }): Promise<{ token: string; link: string }> {
  const token = generateToken();
  await replaceWorkspaceToken(db, { workspaceId, tokenHash: hashToken(token), at: context.now });
  return { token, link: workspaceLink(context.publicUrl, token) };
}
