import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "../../core/protocol/socket-events";
import type { TRole } from "../../core/negotiation/participants";

/** What the handshake established about a socket; trusted from then on. */
export type SocketData = {
  spaceId: string;
  participantId: string;
  role: TRole;
  /** Set when a counsellor came in through their workspace rather than a link of this space. */
  workspaceId?: string;
};

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
