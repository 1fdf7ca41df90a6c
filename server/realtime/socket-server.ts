import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { SYSTEM_ACTOR } from "../../core/negotiation/commands";
import { viewFor } from "../../core/negotiation/view";
import { currentParticipants, type TSpaceState } from "../../core/negotiation/state";
import { executeCommand } from "../commands/execute-command";
import { handleCommands, type CommandHandlerDeps } from "./command-handler";
import { CommandInbox } from "./command-inbox";
import { isPastLimit } from "./connection-limit";
import { handshakeAuth } from "./handshake-auth";
import { broadcastPresence } from "./presence";
import { guideRoom, keyHolderRoom, participantRoom, spaceRoom } from "./rooms";
import { textOnlyParser } from "./text-only-parser";
import type { RealtimeServer, RealtimeSocket } from "./types";
import type { TPresence } from "../../core/protocol/socket-events";

export type RealtimeDeps = CommandHandlerDeps & {
  publicOrigin: string;
  isClosing: () => boolean;
  /** Work a state may call for (proposals to compute) is picked up when someone arrives, too. */
  onStateLoaded: (state: TSpaceState) => void;
  /** Who is online in a space, for the workspace that guides it. */
  onPresence?: (spaceId: string, presence: TPresence) => void;
  maxConnectionsPerParticipant: number;
};

/** Frames above this close the connection (abuse); commands above 64 KiB get an error ack. */
const MAX_FRAME_BYTES = 1024 * 1024;

export function attachRealtime(httpServer: HttpServer, deps: RealtimeDeps): RealtimeServer {
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: MAX_FRAME_BYTES,
    // A closed tab is seen at once (its connection closes); a phone that vanishes without
    // closing is seen within about 25 s. Shorter intervals cost a write per socket each time.
    pingInterval: 15_000,
    pingTimeout: 10_000,
    // Other upgrade requests (Next's dev reloader) are left for the next handler.
    destroyUpgrade: false,
    connectionStateRecovery: undefined,
    parser: textOnlyParser,
  });

  io.use(
    handshakeAuth({ db: deps.db, store: deps.store, publicOrigin: deps.publicOrigin, log: deps.log, maxConnectionsPerParticipant: deps.maxConnectionsPerParticipant }),
  );
  const inbox = new CommandInbox();
  io.on("connection", (socket) => void onConnection(io, socket, deps, inbox));
  return io;
}

async function onConnection(io: RealtimeServer, socket: RealtimeSocket, deps: RealtimeDeps, inbox: CommandInbox): Promise<void> {
  const { spaceId, participantId, role } = socket.data;
  deps.log.info({ event: "connected", space: spaceId, participant: participantId, role, socket: socket.id }, "connected");
  handleCommands(socket, deps, inbox);
  socket.on("disconnect", (reason) => {
    deps.log.info({ event: "disconnected", space: spaceId, participant: participantId, socket: socket.id, reason }, "disconnected");
    void broadcastPresence(io, spaceId, deps.isClosing, deps.onPresence).catch((error) => deps.log.warn({ err: error }, "presence failed"));
  });
  try {
    const { workspaceId } = socket.data;
    await socket.join([participantRoom(participantId), spaceRoom(spaceId), workspaceId ? guideRoom(workspaceId) : keyHolderRoom(participantId)]);
    // The first arrival is a fact in the log; the join command's id makes it happen once.
    await executeCommand(deps, {
      spaceId,
      commandId: `join-${participantId}`,
      command: { type: "participant:join", payload: { participantId } },
      actor: SYSTEM_ACTOR,
    });
    // Every (re)connect gets the full current view, so no client depends on missed messages.
    const state = await deps.store.refresh(spaceId);
    socket.emit("view", { ...viewFor(state, participantId), sentAt: deps.now().toISOString() });
    deps.onStateLoaded(state);
    // Counting on every process asks the others (through Redis): never before the first view.
    void isPastLimit(socket, deps.maxConnectionsPerParticipant).then((isPast) => isPast && socket.disconnect(true));
  } catch (error) {
    deps.log.error({ err: error, socket: socket.id }, "connection setup failed");
    socket.disconnect(true);
    return;
  }
  // Presence asks every process (through Redis): Redis going away just now must not cost a
  // connection that already holds its view; a server-side disconnect is never retried by the client.
  await broadcastPresence(io, spaceId, deps.isClosing, deps.onPresence).catch((error) => deps.log.warn({ err: error }, "presence failed"));
}

/** Each participant's view to each of their connections, but `exceptConnection` (it has its view in its ack). */
export function publishViews(io: Pick<RealtimeServer, "to">, state: TSpaceState, sentAt: Date, exceptConnection?: string): void {
  // A removed counsellor is in the log but receives nothing any more (CNS2).
  for (const participant of currentParticipants(state)) {
    const room = io.to(participantRoom(participant.id));
    (exceptConnection ? room.except(exceptConnection) : room).emit("view", { ...viewFor(state, participant.id), sentAt: sentAt.toISOString() });
  }
}
