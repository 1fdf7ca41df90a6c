import { findAccessByTokenHash } from "../../db/access-tokens";
import { findWorkspaceByTokenHash } from "../../db/workspaces";
import type { Db } from "../../db/client";
import { hashToken, isWellFormedToken } from "./tokens";

export type AccessResult =
  | { ok: true; spaceId: string; participantId: string }
  | { ok: false; reason: "malformed" | "unknown" | "revoked" };

/** What a personal-link token opens: exactly one participant of one space, or nothing. */
export async function resolveToken(db: Db, token: string): Promise<AccessResult> {
  if (!isWellFormedToken(token)) return { ok: false, reason: "malformed" };
  const access = await findAccessByTokenHash(db, hashToken(token));
  if (!access) return { ok: false, reason: "unknown" };
  if (access.isRevoked) return { ok: false, reason: "revoked" };
  return { ok: true, spaceId: access.spaceId, participantId: access.participantId };
}

export type WorkspaceAccessResult = { ok: true; workspaceId: string } | { ok: false; reason: "malformed" | "unknown" | "revoked" };

/** What a workspace token opens: one workspace, looked up apart from spaces' links (WSP4). */
export async function resolveWorkspaceToken(db: Db, token: string): Promise<WorkspaceAccessResult> {
  if (!isWellFormedToken(token)) return { ok: false, reason: "malformed" };
  const access = await findWorkspaceByTokenHash(db, hashToken(token));
  if (!access) return { ok: false, reason: "unknown" };
  if (access.isRevoked) return { ok: false, reason: "revoked" };
  return { ok: true, workspaceId: access.workspaceId };
}
