import type { TAck } from "../../core/protocol/acks";
import { actorId, type TActor, type TSpaceCommand } from "../../core/negotiation/commands";
import { decide } from "../../core/negotiation/decide";
import { isDomainError } from "../../core/negotiation/errors";
import type { TSpaceEvent } from "../../core/negotiation/events";
import { fold, type TSpaceState } from "../../core/negotiation/state";
import type { AppendBatcher } from "../../db/append-batcher";
import type { Db, RunPrepared } from "../../db/client";
import { appendEvents, findAppliedCommand, type Tx } from "../../db/event-log";
import { scheduleTimers } from "../../db/timers";
import { timersFor, type TTimer } from "../../core/negotiation/pauses";
import type { SpaceQueue, SpaceStore } from "./space-store";

export type CommandDeps = {
  db: Db;
  runPrepared: RunPrepared;
  /** Groups appends of one event-loop turn into one round trip (optional: tests may go one by one). */
  batcher?: AppendBatcher;
  store: SpaceStore;
  queue: SpaceQueue;
  now: () => Date;
  /** Sends everyone their view of the new state; `exceptConnection` already has it (in its ack). */
  publish: (state: TSpaceState, exceptConnection?: string) => void;
};

export type CommandRequest = {
  spaceId: string;
  commandId: string;
  command: TSpaceCommand;
  actor: TActor;
  /** Shell writes that must commit together with the command's events. */
  alongside?: (tx: Tx) => Promise<void>;
  /** The connection that sent it: its view goes back in the ack, so publishing leaves it out. */
  origin?: string;
  /**
   * Called the moment the events are stored, just before everyone else's views go out, so
   * the sender's answer leaves in the same instant as theirs (a reveal reaches both at once).
   */
  onApplied?: (state: TSpaceState) => void;
};

/** The ack, and for an ok ack the state it describes (applied, unchanged, or a duplicate's current one). */
export type CommandOutcome = { ack: TAck; state?: TSpaceState };

const MAX_ATTEMPTS = 8;

/**
 * The one path every command takes: load → decide → append with the expected seq →
 * publish. The decision is made on the cached state; if another writer got there first
 * the append conflicts, and the command is decided again on the current state, so the
 * rules always run on the latest facts. A command id applied before is acknowledged
 * as a duplicate, never applied twice (INP2).
 */
export async function executeCommand(deps: CommandDeps, request: CommandRequest): Promise<TAck> {
  return (await runCommand(deps, request)).ack;
}

/** As `executeCommand`, with the state an ok ack describes (for the sender's view). */
export function runCommand(deps: CommandDeps, request: CommandRequest): Promise<CommandOutcome> {
  return deps.queue.run(request.spaceId, () => attempt(deps, request));
}

async function attempt(deps: CommandDeps, request: CommandRequest): Promise<CommandOutcome> {
  const { spaceId, commandId, command, actor } = request;
  let { state, isFresh } = await deps.store.get(spaceId);
  for (let round = 0; round < MAX_ATTEMPTS; round++) {
    const at = deps.now();
    const decision = decideSafely(state, command, actor, at);
    if (decision.kind !== "events") {
      // Refusals and no-ops must hold on the current state, not a possibly stale copy.
      if (!isFresh) {
        state = await deps.store.refresh(spaceId);
        isFresh = true;
        continue;
      }
      if (decision.kind === "none") return { ack: { ok: true, seq: state.seq }, state };
      // A retry of a command that was applied is a success, not the refusal it would now earn.
      const appliedAt = await findAppliedCommand(deps.db, spaceId, commandId);
      return appliedAt !== null ? { ack: { ok: true, seq: appliedAt, duplicate: true }, state } : { ack: decision.ack };
    }

    const outcome = await appendEvents(deps, {
      spaceId,
      expectedSeq: state.seq,
      events: decision.events,
      actor: actorId(actor),
      commandId,
      at,
      alongside: withTimers(request.alongside, spaceId, timersFor(decision.events)),
    });
    if (!outcome.ok) {
      const appliedAt = await findAppliedCommand(deps.db, spaceId, commandId);
      state = await deps.store.refresh(spaceId);
      if (appliedAt !== null) return { ack: { ok: true, seq: appliedAt, duplicate: true }, state };
      isFresh = true;
      continue;
    }

    const recorded = decision.events.map((event, index) => ({
      ...event,
      seq: state.seq + index + 1,
      actor: actorId(actor),
      at: at.toISOString(),
    }));
    const next = fold(spaceId, recorded, state);
    deps.store.remember(next);
    request.onApplied?.(next);
    deps.publish(next, request.origin);
    return { ack: { ok: true, seq: next.seq }, state: next };
  }
  return { ack: { ok: false, error: { code: "BUSY", message: "Many changes arrived at once. Please try again in a moment." } } };
}

/** Timers that follow from the events are stored in the same transaction, or not at all. */
function withTimers(alongside: CommandRequest["alongside"], spaceId: string, timers: TTimer[]): CommandRequest["alongside"] {
  if (timers.length === 0) return alongside;
  return async (tx) => {
    await alongside?.(tx);
    await scheduleTimers(tx, spaceId, timers);
  };
}

type Decision = { kind: "events"; events: TSpaceEvent[] } | { kind: "none" } | { kind: "refused"; ack: TAck };

function decideSafely(state: TSpaceState, command: TSpaceCommand, actor: TActor, at: Date): Decision {
  try {
    const events = decide(state, command, actor, at.toISOString());
    return events.length > 0 ? { kind: "events", events } : { kind: "none" };
  } catch (error) {
    if (isDomainError(error)) return { kind: "refused", ack: { ok: false, error: { code: error.code, message: error.message } } };
    throw error;
  }
}
