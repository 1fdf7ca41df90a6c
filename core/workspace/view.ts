import type { TNote, TWorkspaceState } from "./state";

/** The counsellor's own view of their workspace: the couples it lists, and their notes (WSP3). */
export type TWorkspaceView = {
  seq: number;
  workspaceId: string;
  counsellorName: string;
  createdAt: string | null;
  spaces: { spaceId: string; addedAt: string; how: "created" | "invited" }[];
  notes: TNote[];
  sentAt?: string;
};

export function workspaceViewOf(state: TWorkspaceState): TWorkspaceView {
  return {
    seq: state.seq,
    workspaceId: state.workspaceId,
    counsellorName: state.counsellorName,
    createdAt: state.createdAt,
    spaces: state.spaces,
    notes: state.notes,
  };
}
