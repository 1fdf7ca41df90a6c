import type { TCommandEnvelope } from "./commands";
import type { TAck } from "./acks";
import type { TSpaceView } from "../negotiation/view";

/** Who is connected right now; not part of the log, so it carries no seq. */
export type TPresence = { online: string[] };

/** The one place socket event names are written. */
export const SOCKET_EVENTS = {
  command: "command",
  view: "view",
  presence: "presence",
} as const;

export interface ServerToClientEvents {
  view: (view: TSpaceView) => void;
  presence: (presence: TPresence) => void;
}

export interface ClientToServerEvents {
  command: (command: TCommandEnvelope, ack: (ack: TAck) => void) => void;
}
