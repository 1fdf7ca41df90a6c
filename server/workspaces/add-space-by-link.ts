import { SYSTEM_ACTOR } from "../../core/negotiation/commands";
import { findParticipant } from "../../core/negotiation/state";
import type { TAck } from "../../core/protocol/acks";
import { resolveToken } from "../auth/access";
import { executeCommand } from "../commands/execute-command";
import { runWorkspaceCommand } from "./run-workspace-command";
import type { WorkspaceRealtimeDeps } from "./workspace-realtime";

/**
 * A couple invited a counsellor (both agreed, CNS1) and handed over the counsellor's
 * personal link; the counsellor adds that space to their workspace. Only a counsellor's
 * link of a space does this, never a partner's.
 */
export async function addSpaceByLink(deps: Pick<WorkspaceRealtimeDeps, "space" | "workspace" | "summaries">, workspaceId: string, link: string): Promise<TAck> {
  const token = /\/j\/([A-Za-z0-9_-]+)\/?$/.exec(link)?.[1] ?? link;
  const access = await resolveToken(deps.space.db, token);
  if (!access.ok) {
    const message = access.reason === "revoked" ? "That link has been replaced by a newer one. Ask the couple for the newest." : "That isn’t a Breathing Room link we know. Please paste it whole.";
    return { ok: false, error: { code: "NOT_GUIDED", message } };
  }
  const state = await deps.space.store.refresh(access.spaceId);
  const participant = findParticipant(state, access.participantId);
  if (!participant || participant.role !== "counsellor" || participant.removedAt !== null) {
    return { ok: false, error: { code: "NOT_GUIDED", message: "That link is not a counsellor’s link. Ask the couple for the link made for you." } };
  }
  const linked = await executeCommand(deps.space, {
    spaceId: access.spaceId,
    commandId: `link-${participant.id}-${workspaceId}`,
    command: { type: "counsellor:link", payload: { participantId: participant.id, workspaceId } },
    actor: SYSTEM_ACTOR,
  });
  if (!linked.ok) return linked;
  const added = await runWorkspaceCommand(deps.workspace, {
    workspaceId,
    commandId: `add-${access.spaceId}`,
    command: { type: "space:add", payload: { spaceId: access.spaceId, how: "invited" } },
    actor: SYSTEM_ACTOR,
  });
  deps.summaries.publish(await deps.space.store.refresh(access.spaceId));
  return added.ok ? { ...added, result: { spaceId: access.spaceId } } : added;
}
