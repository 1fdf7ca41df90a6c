"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { TAck, TConnectErrorData } from "../../../core/protocol/acks";
import type { ClientToServerEvents, ServerToClientEvents, TPresence } from "../../../core/protocol/socket-events";
import { isNewerView, type TSpaceView } from "../../../core/negotiation/view";

export type ConnectionState =
  | { kind: "connecting" }
  | { kind: "online" }
  | { kind: "reconnecting" }
  | { kind: "refused"; code: TConnectErrorData["code"]; message: string };

/** Sends one command and resolves with its ack (see `useSpaceConnection`). */
export type TSend = <TResult = unknown>(type: string, payload: unknown) => Promise<TAck<TResult>>;

type SpaceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const RETRY_ATTEMPTS = 3;

/**
 * The live link to a space. Keeps only what the server sends: the newest view by seq
 * (an older one never replaces it) and who is online. A waking tab reconnects at once
 * and receives the full view again, so nothing depends on messages missed while asleep.
 */
export function useSpaceConnection(spaceId: string) {
  const socketRef = useRef<SpaceSocket | null>(null);
  const [view, setView] = useState<TSpaceView | null>(null);
  const [presence, setPresence] = useState<TPresence>({ online: [] });
  const [connection, setConnection] = useState<ConnectionState>({ kind: "connecting" });

  const keepIfNewer = useCallback((incoming: TSpaceView) => setView((current) => (isNewerView(current, incoming) ? incoming : current)), []);

  useEffect(() => {
    const socket: SpaceSocket = io({ auth: { spaceId }, withCredentials: true });
    socketRef.current = socket;
    socket.on("connect", () => setConnection({ kind: "online" }));
    socket.on("disconnect", () => setConnection({ kind: "reconnecting" }));
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
    socket.on("presence", setPresence);

    const wake = () => {
      if (document.visibilityState === "visible" && !socket.connected && socket.active) socket.connect();
    };
    document.addEventListener("visibilitychange", wake);
    window.addEventListener("online", wake);
    return () => {
      document.removeEventListener("visibilitychange", wake);
      window.removeEventListener("online", wake);
      socket.disconnect();
    };
  }, [spaceId, keepIfNewer]);

  /** Sends a command; a retry after a lost connection reuses the id, so it applies once. */
  const send = useCallback(async <TResult = unknown>(type: string, payload: unknown): Promise<TAck<TResult>> => {
    const id = crypto.randomUUID();
    for (let attempt = 1; ; attempt++) {
      const socket = socketRef.current;
      if (!socket) break;
      try {
        const ack = (await socket.timeout(8_000).emitWithAck("command", { id, type, payload })) as TAck<TResult>;
        // Our own change comes back in the ack, not as a separate view.
        if (ack.ok && ack.view) keepIfNewer(ack.view);
        return ack;
      } catch {
        if (attempt >= RETRY_ATTEMPTS) break;
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      }
    }
    return { ok: false, error: { code: "BUSY", message: "We couldn’t reach the server. Please check your connection and try again." } };
  }, [keepIfNewer]);

  return { view, presence, connection, send };
}
