import type { Db } from "../../db/client";
import { loadEvents } from "../../db/event-log";
import { fold, type TSpaceState } from "../../core/negotiation/state";
import { NewestStates } from "./newest-states";

const MAX_CACHED_SPACES = 5_000;

/**
 * States of recently active spaces, kept in memory so the usual command costs one
 * database round trip (the append). A cached state may be stale when another process
 * appended meanwhile; the append's expected seq then conflicts and the command path
 * refreshes, so a stale cache can delay a decision but never make a wrong one.
 */
export class SpaceStore {
  private readonly cache = new NewestStates<TSpaceState>(MAX_CACHED_SPACES);

  constructor(private readonly db: Db) {}

  /** The cached state if there is one (maybe stale), else a fresh load. */
  async get(spaceId: string): Promise<{ state: TSpaceState; isFresh: boolean }> {
    const cached = this.cache.get(spaceId);
    if (cached) return { state: cached, isFresh: false };
    return { state: await this.refresh(spaceId), isFresh: true };
  }

  /** The cached state, if any, without waiting (maybe stale). */
  peek(spaceId: string): TSpaceState | undefined {
    return this.cache.get(spaceId);
  }

  /** Reads whatever was appended after the cached seq, so the result is current. */
  async refresh(spaceId: string): Promise<TSpaceState> {
    const cached = this.cache.get(spaceId);
    const newer = await loadEvents(this.db, spaceId, cached?.seq ?? 0);
    const state = newer.length === 0 && cached ? cached : fold(spaceId, newer, cached);
    this.remember(state);
    return state;
  }

  remember(state: TSpaceState): void {
    this.cache.remember(state.spaceId, state);
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
