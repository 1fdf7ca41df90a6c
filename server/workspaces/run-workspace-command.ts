import type { TAck } from "../../core/protocol/acks";
import type { TActor } from "../../core/negotiation/commands";
import { isDomainError } from "../../core/negotiation/errors";
import type { TWorkspaceCommand } from "../../core/workspace/commands";
import { decideWorkspace } from "../../core/workspace/decide";
import type { TWorkspaceEvent } from "../../core/workspace/events";
import { evolveWorkspace, type TWorkspaceState } from "../../core/workspace/state";
import type { Db } from "../../db/client";
import type { Tx } from "../../db/event-log";
import { appendWorkspaceEvent, findAppliedWorkspaceCommand } from "../../db/workspaces";
import type { SpaceQueue } from "../commands/space-store";
import type { WorkspaceStore } from "./workspace-store";

export type WorkspaceCommandDeps = {
  db: Db;
  workspaces: WorkspaceStore;
  queue: SpaceQueue;
  now: () => Date;
  publishWorkspace: (state: TWorkspaceState) => void;
};

export type WorkspaceRequest = { workspaceId: string; commandId: string; command: TWorkspaceCommand; actor: TActor };

const MAX_ATTEMPTS = 8;

/** The workspace's one command path, as a space's: load → decide → append at the expected seq → publish. */
export function runWorkspaceCommand(deps: WorkspaceCommandDeps, request: WorkspaceRequest): Promise<TAck> {
  return deps.queue.run(`workspace:${request.workspaceId}`, () => attempt(deps, request));
}

async function attempt(deps: WorkspaceCommandDeps, request: WorkspaceRequest): Promise<TAck> {
  const { workspaceId, commandId, actor } = request;
  let { state, isFresh } = await deps.workspaces.get(workspaceId);
  for (let round = 0; round < MAX_ATTEMPTS; round++) {
    const decided = decideSafely(state, request);
    if (!decided.ok || decided.event === null) {
      if (!isFresh) {
        state = await deps.workspaces.refresh(workspaceId);
        isFresh = true;
        continue;
      }
      if (!decided.ok) {
        const appliedAt = await findAppliedWorkspaceCommand(deps.db, workspaceId, commandId);
        return appliedAt !== null ? { ok: true, seq: appliedAt, duplicate: true } : decided.ack;
      }
      return { ok: true, seq: state.seq };
    }
    const at = deps.now();
    const actorId = actor.kind === "system" ? "system" : actor.participantId;
    const appended = await appendWorkspaceEvent(deps.db, { workspaceId, expectedSeq: state.seq, event: decided.event, actor: actorId, commandId, at });
    if (!appended.ok) {
      const appliedAt = await findAppliedWorkspaceCommand(deps.db, workspaceId, commandId);
      state = await deps.workspaces.refresh(workspaceId);
      if (appliedAt !== null) return { ok: true, seq: appliedAt, duplicate: true };
      isFresh = true;
      continue;
    }
    const next = evolveWorkspace(state, { ...decided.event, seq: appended.seq, at: at.toISOString() });
    deps.workspaces.remember(next);
    deps.publishWorkspace(next);
    return { ok: true, seq: next.seq };
  }
  return { ok: false, error: { code: "BUSY", message: "Many changes arrived at once. Please try again in a moment." } };
}

export class WorkspaceMovedOn extends Error {}

/**
 * For a write that must commit with another aggregate's (a new space and its `space:added`):
 * a conflict throws, so the whole transaction rolls back and the caller tries again.
 */
export async function appendInTransaction(tx: Tx, state: TWorkspaceState, event: TWorkspaceEvent, commandId: string, at: Date): Promise<void> {
  const appended = await appendWorkspaceEvent(tx, { workspaceId: state.workspaceId, expectedSeq: state.seq, event, actor: "system", commandId, at });
  if (!appended.ok) throw new WorkspaceMovedOn();
}

type Decided = { ok: true; event: TWorkspaceEvent | null } | { ok: false; ack: TAck };

function decideSafely(state: TWorkspaceState, request: WorkspaceRequest): Decided {
  try {
    const [event] = decideWorkspace(state, request.command, request.actor);
    return { ok: true, event: event ?? null };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, ack: { ok: false, error: { code: error.code, message: error.message } } };
    throw error;
  }
}
