import type { Db } from "../../db/client";
import { loadWorkspaceEvents } from "../../db/workspaces";
import { foldWorkspace, type TWorkspaceState } from "../../core/workspace/state";
import { NewestStates } from "../commands/newest-states";

const MAX_CACHED_WORKSPACES = 2_000;

/**
 * Workspace states kept in memory, as spaces are (space-store.ts): a stale copy can delay
 * a decision but never make a wrong one, because the append expects the seq it decided on.
 */
export class WorkspaceStore {
  private readonly cache = new NewestStates<TWorkspaceState>(MAX_CACHED_WORKSPACES);

  constructor(private readonly db: Db) {}

  async get(workspaceId: string): Promise<{ state: TWorkspaceState; isFresh: boolean }> {
    const cached = this.cache.get(workspaceId);
    if (cached) return { state: cached, isFresh: false };
    return { state: await this.refresh(workspaceId), isFresh: true };
  }

  async refresh(workspaceId: string): Promise<TWorkspaceState> {
    const cached = this.cache.get(workspaceId);
    const newer = await loadWorkspaceEvents(this.db, workspaceId, cached?.seq ?? 0);
    const state = newer.length === 0 && cached ? cached : foldWorkspace(workspaceId, newer, cached);
    this.remember(state);
    return state;
  }

  remember(state: TWorkspaceState): void {
    this.cache.remember(state.workspaceId, state);
  }
}
