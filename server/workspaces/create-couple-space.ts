import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { TWorkspaceEvent } from "../../core/workspace/events";
import { evolveWorkspace } from "../../core/workspace/state";
import type { ZCoupleCreate } from "../../core/workspace/commands";
import { isUniqueViolation } from "../../db/errors";
import { createSpaceForCouple, type CreatedSpace } from "../spaces/create-space";
import { appendInTransaction, WorkspaceMovedOn, type WorkspaceCommandDeps } from "./run-workspace-command";

const MAX_ATTEMPTS = 5;

/**
 * A counsellor creates a couple's space from their workspace: the space (with the
 * counsellor in it, linked to this workspace) and the workspace's `space:added` commit
 * together or not at all, so no space is ever guided without being listed, nor listed
 * without existing.
 */
export async function createCoupleSpace(
  deps: WorkspaceCommandDeps & { publicUrl: string },
  request: { workspaceId: string; couple: z.output<typeof ZCoupleCreate>["payload"] },
): Promise<CreatedSpace> {
  return deps.queue.run(`workspace:${request.workspaceId}`, async () => {
    let state = (await deps.workspaces.get(request.workspaceId)).state;
    for (let attempt = 1; ; attempt++) {
      const spaceId = randomUUID();
      const event: TWorkspaceEvent = { type: "space:added", data: { spaceId, how: "created" } };
      const at = deps.now();
      const current = state;
      try {
        const created = await createSpaceForCouple(
          deps.db,
          { partnerA: request.couple.partnerA, partnerB: request.couple.partnerB, timeZone: request.couple.timeZone, counsellor: undefined },
          { publicUrl: deps.publicUrl, now: at, spaceId },
          {
            counsellorName: current.counsellorName,
            workspaceId: current.workspaceId,
            alongside: (tx) => appendInTransaction(tx, current, event, `add-${spaceId}`, at),
          },
        );
        const next = evolveWorkspace(current, { ...event, seq: current.seq + 1, at: at.toISOString() });
        deps.workspaces.remember(next);
        deps.publishWorkspace(next);
        return created;
      } catch (error) {
        const isConflict = error instanceof WorkspaceMovedOn || isUniqueViolation(error);
        if (!isConflict || attempt >= MAX_ATTEMPTS) throw error;
        state = await deps.workspaces.refresh(request.workspaceId);
      }
    }
  });
}
