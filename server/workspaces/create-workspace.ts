import { randomUUID } from "node:crypto";
import { SYSTEM_ACTOR } from "../../core/negotiation/commands";
import { decideWorkspace } from "../../core/workspace/decide";
import { initialWorkspaceState } from "../../core/workspace/state";
import type { Db } from "../../db/client";
import { createWorkspace } from "../../db/workspaces";
import { generateToken, hashToken } from "../auth/tokens";

export function workspaceLink(publicUrl: string, token: string): string {
  return `${publicUrl}/w/${token}`;
}

/** A counsellor's new workspace and its personal link (192 random bits; only the hash is kept). */
export async function createWorkspaceForCounsellor(
  db: Db,
  counsellorName: string,
  context: { publicUrl: string; now: Date },
): Promise<{ workspaceId: string; token: string; link: string }> {
  const workspaceId = randomUUID();
  const token = generateToken();
  const [createdEvent] = decideWorkspace(initialWorkspaceState(workspaceId), { type: "workspace:create", payload: { counsellorName } }, SYSTEM_ACTOR);
  await createWorkspace(db, { workspaceId, createdEvent: createdEvent!, tokenHash: hashToken(token), commandId: `create-${workspaceId}`, at: context.now });
  return { workspaceId, token, link: workspaceLink(context.publicUrl, token) };
}
