import type { Db } from "../../db/client";
import { loadEvents } from "../../db/event-log";
import { fold, type TSpaceState } from "../../core/negotiation/state";

const MAX_CACHED_SPACES = 5_000;

/**
 * States of recently active spaces, kept in memory to spare a full replay per command.
 * The cache is only a starting point: every load reads the events after the cached
 * seq, so another process's appends are always seen.
 */
export class SpaceStore {
  private readonly cache = new Map<string, TSpaceState>();

  constructor(private readonly db: Db) {}

  async load(spaceId: string): Promise<TSpaceState> {
    const cached = this.cache.get(spaceId);
    const newer = await loadEvents(this.db, spaceId, cached?.seq ?? 0);
    const state = newer.length === 0 && cached ? cached : fold(spaceId, newer, cached);
    this.remember(state);
    return state;
  }

  remember(state: TSpaceState): void {
    this.cache.delete(state.spaceId);
    this.cache.set(state.spaceId, state);
    if (this.cache.size > MAX_CACHED_SPACES) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }
}

/** Runs one task per space at a time in this process, so local commands don't race each other. */
export class SpaceQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(spaceId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(spaceId) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(spaceId, tail);
    void tail.then(() => {
      if (this.tails.get(spaceId) === tail) this.tails.delete(spaceId);
    });
    return result;
  }
}
