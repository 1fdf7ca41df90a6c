import type { TPresence } from "../../core/protocol/socket-events";
import { spaceRoom } from "./rooms";
import type { RealtimeServer } from "./types";

/**
 * Who is online, asked of every server (through the adapter) rather than counted in
 * memory, so presence stays right with several processes and after a crash.
 */
export async function currentPresence(io: RealtimeServer, spaceId: string): Promise<TPresence> {
  const sockets = await io.in(spaceRoom(spaceId)).fetchSockets();
  const online = new Set(sockets.map((s) => s.data.participantId));
  return { online: [...online].sort() };
}

export async function broadcastPresence(io: RealtimeServer, spaceId: string): Promise<void> {
  io.to(spaceRoom(spaceId)).emit("presence", await currentPresence(io, spaceId));
}
