import type { TSpaceState } from "../../core/negotiation/state";
import type { RunPrepared } from "../../db/client";
import type { SpaceQueue, SpaceStore } from "../commands/space-store";
import type { Logger } from "../logging/logger";
import type { RealtimeServer } from "./types";

/** How often each process compares its spaces with the database. */
export const SEQ_BEAT_MS = 1_000;

const NEWEST_SEQS_SQL = `
  select space_id::text as space_id, max(seq) as seq from events
  where space_id in (select jsonb_array_elements_text($1::jsonb)::uuid)
  group by space_id`;

/**
 * Views of a change made on another process reach this process's connections through the
 * adapter (Redis); while Redis is away, or just after, they may not. So once a second each
 * process asks the database for the newest seq of every space that has a connection here,
 * and where its own copy is behind, reads the rest and sends its connections their views.
 * Every connected client holds its space's latest seq within about a second of it being
 * stored, whatever happened to the adapter. One small query a second; with one process
 * nothing is ever behind and nothing extra is sent.
 */
export function startSeqBeat(deps: {
  io: RealtimeServer;
  runPrepared: RunPrepared;
  store: SpaceStore;
  queue: SpaceQueue;
  publishHere: (state: TSpaceState) => void;
  log: Logger;
  intervalMs?: number;
}): { stop: () => Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const beat = async () => {
    const spaceIds = spacesWithConnectionsHere(deps.io);
    if (spaceIds.length === 0) return;
    const rows = await deps.runPrepared(NEWEST_SEQS_SQL, [JSON.stringify(spaceIds)]);
    for (const row of rows) {
      const spaceId = String(row.space_id);
      const newest = Number(row.seq);
      if ((deps.store.peek(spaceId)?.seq ?? 0) >= newest) continue;
      const state = await deps.queue.run(spaceId, () => deps.store.refresh(spaceId));
      deps.publishHere(state);
    }
  };
  const timer = setInterval(() => {
    running = running.then(beat).catch((error: unknown) => deps.log.warn({ err: error }, "seq beat failed"));
  }, deps.intervalMs ?? SEQ_BEAT_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

/** Spaces with at least one connection on this process (rooms are kept per process). */
function spacesWithConnectionsHere(io: RealtimeServer): string[] {
  const ids: string[] = [];
  for (const room of io.of("/").adapter.rooms.keys()) if (room.startsWith("space:")) ids.push(room.slice("space:".length));
  return ids;
}
