import type { TAck } from "./acks";
import type { TCommandEnvelope } from "./commands";
import type { TSpaceSummary } from "../workspace/space-summary";
import type { TWorkspaceView } from "../workspace/view";

/** Who is online in one guided space (participant ids); not part of any log. */
export type TSpacePresence = { spaceId: string; online: string[] };

/** The one place the workspace namespace's event names are written. */
export const WORKSPACE_EVENTS = {
  workspace: "workspace",
  summaries: "summaries",
  summary: "summary",
  presence: "space-presence",
  command: "command",
} as const;

export interface WorkspaceServerToClientEvents {
  /** The workspace's own view: its couples and the counsellor's notes. */
  workspace: (view: TWorkspaceView) => void;
  /** Every guided space's summary and presence, on each (re)connect. */
  summaries: (all: { summaries: TSpaceSummary[]; presence: TSpacePresence[] }) => void;
  /** One space's summary after a change that changed it: at most one frame per change. */
  summary: (summary: TSpaceSummary) => void;
  "space-presence": (presence: TSpacePresence) => void;
}

export interface WorkspaceClientToServerEvents {
  command: (command: TCommandEnvelope, ack: (ack: TAck) => void) => void;
}
