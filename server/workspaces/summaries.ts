import type { TSpaceState } from "../../core/negotiation/state";
import { summaryFor, workspacesOf, type TSpaceSummary } from "../../core/workspace/space-summary";
import type { TSpacePresence } from "../../core/protocol/workspace-events";
import type { WorkspaceNamespace } from "./workspace-types";

const MAX_REMEMBERED = 20_000;

export function workspaceRoom(workspaceId: string): string {
  return `workspace:${workspaceId}`;
}

/**
 * How a workspace learns of changes in the spaces it guides: each space publishes its
 * summary (core/workspace/space-summary.ts) to the workspaces of its counsellors, and only
 * when the summary changed, so a workspace gets at most one frame per change (WSP5) and
 * none for a draft save that changes nothing it shows.
 */
export class SummaryPublisher {
  private readonly lastSent = new Map<string, string>();

  constructor(private readonly workspaces: () => WorkspaceNamespace | null) {}

  publish(state: TSpaceState): void {
    const nsp = this.workspaces();
    if (!nsp) return;
    for (const workspaceId of workspacesOf(state)) {
      const summary = summaryFor(state, workspaceId);
      const key = `${workspaceId}:${state.spaceId}`;
      const text = JSON.stringify({ ...summary, seq: 0 });
      if (this.lastSent.get(key) === text) continue;
      this.remember(key, text);
      nsp.to(workspaceRoom(workspaceId)).emit("summary", summary);
    }
  }

  publishPresence(state: TSpaceState, presence: TSpacePresence): void {
    const nsp = this.workspaces();
    if (!nsp) return;
    for (const workspaceId of workspacesOf(state)) {
      if (summaryFor(state, workspaceId).isGuided) nsp.to(workspaceRoom(workspaceId)).emit("space-presence", presence);
    }
  }

  private remember(key: string, text: string): void {
    this.lastSent.delete(key);
    this.lastSent.set(key, text);
    if (this.lastSent.size > MAX_REMEMBERED) {
      const oldest = this.lastSent.keys().next().value;
      if (oldest !== undefined) this.lastSent.delete(oldest);
    }
  }
}

export type { TSpaceSummary };
