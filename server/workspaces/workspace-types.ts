import type { Namespace, Socket } from "socket.io";
import type { WorkspaceClientToServerEvents, WorkspaceServerToClientEvents } from "../../core/protocol/workspace-events";

/** What the workspace handshake established about a socket; trusted from then on. */
export type WorkspaceSocketData = { workspaceId: string };

export type WorkspaceNamespace = Namespace<WorkspaceClientToServerEvents, WorkspaceServerToClientEvents, Record<string, never>, WorkspaceSocketData>;
export type WorkspaceSocket = Socket<WorkspaceClientToServerEvents, WorkspaceServerToClientEvents, Record<string, never>, WorkspaceSocketData>;
