"use client";

import { useCallback, useEffect, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { TAck, TConnectErrorData } from "../../../core/protocol/acks";
import type { ClientToServerEvents, ServerToClientEvents, TPresence } from "../../../core/protocol/socket-events";
import { isNewerView } from "../../../core/negotiation/newer-view";
import type { TSpaceView } from "../../../core/negotiation/view";
import { ACK_TIMEOUT_MS, useOutboxOnSocket, usePending } from "./use-outbox-on-socket";

export type ConnectionState =
  | { kind: "connecting" }
  | { kind: "online" }
  | { kind: "reconnecting" }
  | { kind: "refused"; code: TConnectErrorData["code"]; message: string };

export type TSendOptions = {
  /** Only the newest of its type matters (a draft save): a newer one replaces it while it waits. */
  isNewestOnly?: boolean;
};

/** Sends one command and resolves with its answer, however long the way (see `useSpaceConnection`). */
export type TSend = <TResult = unknown>(type: string, payload: unknown, options?: TSendOptions) => Promise<TAck<TResult>>;

type SpaceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Who is online as last told, and whether this connection told it (false: from before, or offline). */
export type TKnownPresence = { online: string[]; isCurrent: boolean };

/**
 * The live link to a space. Keeps only what the server sends: the newest view by seq
 * (an older one never replaces it) and who is online. A waking tab reconnects at once
 * and receives the full view again, so nothing depends on messages missed while asleep.
 * Commands go through an outbox (INP3): kept on this device until the server answers.
 */
export function useSpaceConnection(spaceId: string) {
  const [socket, setSocket] = useState<SpaceSocket | null>(null);
  const [view, setView] = useState<TSpaceView | null>(null);
  const [presence, setPresence] = useState<TKnownPresence>({ online: [], isCurrent: false });
  const [connection, setConnection] = useState<ConnectionState>({ kind: "connecting" });

  const keepIfNewer = useCallback((incoming: TSpaceView) => setView((current) => (isNewerView(current, incoming) ? incoming : current)), []);

  useEffect(() => {
    const socket: SpaceSocket = io({ auth: { spaceId }, withCredentials: true });
    setSocket(socket);
    // Who is online is only known again once this connection's first presence arrives:
    // until then the list held is what was true before, and may name someone who left.
    const presenceIsStale = () => setPresence((current) => (current.isCurrent ? { ...current, isCurrent: false } : current));
    socket.on("connect", () => {
      presenceIsStale();
      setConnection({ kind: "online" });
    });
    socket.on("disconnect", () => {
      presenceIsStale();
      setConnection({ kind: "reconnecting" });
    });
    socket.on("connect_error", (error) => {
      const data = (error as Error & { data?: TConnectErrorData }).data;
      if (data && data.code !== "INTERNAL") {
        // A refused handshake will be refused again: stop and explain instead of retrying.
        socket.disconnect();
        setConnection({ kind: "refused", code: data.code, message: data.message });
      } else {
        setConnection({ kind: "reconnecting" });
      }
    });
    socket.on("view", keepIfNewer);
    socket.on("presence", (incoming: TPresence) => setPresence({ online: incoming.online, isCurrent: true }));

    const wake = () => {
      if (document.visibilityState === "visible" && !socket.connected && socket.active) socket.connect();
    };
    document.addEventListener("visibilitychange", wake);
    window.addEventListener("online", wake);
    return () => {
      document.removeEventListener("visibilitychange", wake);
      window.removeEventListener("online", wake);
      socket.disconnect();
      setSocket(null);
    };
  }, [spaceId, keepIfNewer]);

  // Who I am is known from the first view; what I sent is kept per space and per participant.
  const participantId = view?.me.id ?? null;
  // Our own change comes back in the ack, not as a separate view.
  const onAnswer = useCallback((ack: TAck) => {
    if (ack.ok && ack.view) keepIfNewer(ack.view);
  }, [keepIfNewer]);
  const outbox = useOutboxOnSocket(socket, participantId && `breathing-room:outbox:${spaceId}:${participantId}`, transmitToSpace, onAnswer);
  const pending = usePending(outbox);

  const send: TSend = useCallback(
    async <TResult = unknown>(type: string, payload: unknown, options?: TSendOptions): Promise<TAck<TResult>> => {
      // Nothing can be sent before the first view: the page offers nothing to do until then.
      if (!outbox) return { ok: false, error: { code: "BUSY", message: "Still connecting. Please try again in a moment." } };
      return (await outbox.send(type, payload, options)) as TAck<TResult>;
    },
    [outbox],
  );

  return { view, presence, connection, send, outbox, pending };
}

function transmitToSpace(socket: SpaceSocket, command: { id: string; type: string; payload: unknown }): Promise<TAck> {
  return socket.timeout(ACK_TIMEOUT_MS).emitWithAck("command", command) as Promise<TAck>;
}
