import type { TAck } from "../../core/protocol/acks";
import { actorId, type TActor, type TSpaceCommand } from "../../core/negotiation/commands";
import { decide } from "../../core/negotiation/decide";
import { isDomainError } from "../../core/negotiation/errors";
import { fold, type TSpaceState } from "../../core/negotiation/state";
import type { Db } from "../../db/client";
import { appendEvents, findAppliedCommand, type Tx } from "../../db/event-log";
import type { SpaceQueue, SpaceStore } from "./space-store";

export type CommandDeps = {
  db: Db;
  store: SpaceStore;
  queue: SpaceQueue;
  now: () => Date;
  publish: (state: TSpaceState) => void;
};

export type CommandRequest = {
  spaceId: string;
  commandId: string;
  command: TSpaceCommand;
  actor: TActor;
  /** Shell writes that must commit together with the command's events. */
  alongside?: (tx: Tx) => Promise<void>;
};

const MAX_ATTEMPTS = 8;

/**
 * The one path every command takes: load → decide → append with the expected seq →
 * publish. A lost race (another writer took the seq) reloads and decides again, so the
 * rules always run on the latest state; a command id seen before is acknowledged, not reapplied.
 */
export function executeCommand(deps: CommandDeps, request: CommandRequest): Promise<TAck> {
  return deps.queue.run(request.spaceId, () => attempt(deps, request));
}

async function attempt(deps: CommandDeps, request: CommandRequest): Promise<TAck> {
  const { spaceId, commandId, command, actor } = request;
  for (let round = 0; round < MAX_ATTEMPTS; round++) {
    const appliedAt = await findAppliedCommand(deps.db, spaceId, commandId);
    if (appliedAt !== null) return { ok: true, seq: appliedAt, duplicate: true };

    const state = await deps.store.load(spaceId);
    const at = deps.now();
    let events;
    try {
      events = decide(state, command, actor, at.toISOString());
    } catch (error) {
      if (isDomainError(error)) return { ok: false, error: { code: error.code, message: error.message } };
      throw error;
    }
    if (events.length === 0) return { ok: true, seq: state.seq };

    const outcome = await appendEvents(deps.db, {
      spaceId,
      expectedSeq: state.seq,
      events,
      actor: actorId(actor),
      commandId,
      at,
      alongside: request.alongside,
    });
    if (!outcome.ok) continue;

    const recorded = events.map((event, index) => ({
      ...event,
      seq: state.seq + index + 1,
      actor: actorId(actor),
      at: at.toISOString(),
    }));
    const next = fold(spaceId, recorded, state);
    deps.store.remember(next);
    deps.publish(next);
    return { ok: true, seq: next.seq };
  }
  return {
    ok: false,
    error: { code: "BUSY", message: "Many changes arrived at once. Please try again in a moment." },
  };
}
