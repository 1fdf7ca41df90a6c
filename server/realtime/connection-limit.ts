import { participantRoom } from "./rooms";
import type { RealtimeServer, RealtimeSocket } from "./types";

/** A person's phone, laptop and a few tabs fit easily; a script opening hundreds does not. */
export const DEFAULT_MAX_CONNECTIONS_PER_PARTICIPANT = 10;

type Namespace = RealtimeServer["sockets"] | RealtimeSocket["nsp"];

/**
 * Whether a participant may open one more connection on this process: answered at once,
 * in the handshake, so the refusal can say why. Connections on other processes are counted
 * after joining (isPastLimit), without holding up anyone's first view.
 */
export function hasRoomForConnection(nsp: Namespace, participantId: string, max: number): boolean {
  return (nsp.adapter.rooms.get(participantRoom(participantId))?.size ?? 0) < max;
}

/**
 * Handshakes at the same instant, or on different processes, may each have seen room for
 * themselves. Once joined, every
 * connection orders the participant's connections the same way (oldest handshake first) and
 * the ones past the limit leave, so the limit holds however many arrived together.
 */
export async function isPastLimit(socket: RealtimeSocket, max: number): Promise<boolean> {
  try {
    const open = await socket.nsp.in(participantRoom(socket.data.participantId)).fetchSockets();
    if (open.length <= max) return false;
    const order = open.map((s) => ({ id: s.id, issued: s.handshake.issued })).sort((a, b) => a.issued - b.issued || a.id.localeCompare(b.id));
    return order.findIndex((s) => s.id === socket.id) >= max;
  } catch {
    // The other processes cannot be asked (Redis away): being reachable matters more than
    // this limit for the moments of an outage.
    return false;
  }
}
