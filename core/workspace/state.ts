import type { TRecordedWorkspaceEvent, TWorkspaceEvent } from "./events";

/** A note about one couple: dated, editable, the counsellor's alone (WSP3). */
export type TNote = { id: string; spaceId: string; text: string; writtenAt: string; editedAt: string | null };

export type TGuidedSpace = { spaceId: string; addedAt: string; how: "created" | "invited" };

export type TWorkspaceState = {
  workspaceId: string;
  seq: number;
  createdAt: string | null;
  counsellorName: string;
  spaces: TGuidedSpace[];
  notes: TNote[];
};

export function initialWorkspaceState(workspaceId: string): TWorkspaceState {
  return { workspaceId, seq: 0, createdAt: null, counsellorName: "", spaces: [], notes: [] };
}

export function evolveWorkspace(state: TWorkspaceState, event: TWorkspaceEvent & { seq: number; at: string }): TWorkspaceState {
  const next = { ...state, seq: event.seq };
  switch (event.type) {
    case "workspace:created":
      return { ...next, createdAt: event.at, counsellorName: event.data.counsellorName };
    case "space:added":
      return { ...next, spaces: [...state.spaces, { spaceId: event.data.spaceId, addedAt: event.at, how: event.data.how }] };
    case "note:written":
      return {
        ...next,
        notes: [...state.notes, { id: event.data.noteId, spaceId: event.data.spaceId, text: event.data.text, writtenAt: event.at, editedAt: null }],
      };
    case "note:edited":
      return { ...next, notes: state.notes.map((n) => (n.id === event.data.noteId ? { ...n, text: event.data.text, editedAt: event.at } : n)) };
    case "note:deleted":
      return { ...next, notes: state.notes.filter((n) => n.id !== event.data.noteId) };
  }
}

export function foldWorkspace(workspaceId: string, events: readonly TRecordedWorkspaceEvent[], from?: TWorkspaceState): TWorkspaceState {
  return events.reduce(evolveWorkspace, from ?? initialWorkspaceState(workspaceId));
}

export function guides(state: TWorkspaceState, spaceId: string): boolean {
  return state.spaces.some((s) => s.spaceId === spaceId);
}
