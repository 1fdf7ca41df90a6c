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

/** Tells everyone in a space who is online; does nothing once the server is closing. */
export async function broadcastPresence(
  io: RealtimeServer,
  spaceId: string,
  isClosing: () => boolean,
  alsoTell?: (spaceId: string, presence: TPresence) => void,
): Promise<void> {
  if (isClosing()) return;
  const presence = await currentPresence(io, spaceId);
  // The adapter's connection may be gone by now: an emit then would only fail unheard.
  if (isClosing()) return;
  io.to(spaceRoom(spaceId)).emit("presence", presence);
  alsoTell?.(spaceId, presence);
}
