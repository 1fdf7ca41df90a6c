"use client";

import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import type { TAck } from "../../../core/protocol/acks";
import { createOutbox, type TOutbox, type TOutgoing } from "./outbox";

/** An answer this late means the connection is not really there: send the same command again. */
export const ACK_TIMEOUT_MS = 8_000;
const NO_PENDING: readonly TOutgoing[] = [];

/** What the outbox needs of a socket: whether it is up, and word when that changes. */
export type TOutboxSocket = {
  connected: boolean;
  on(event: "connect" | "disconnect", listener: () => void): unknown;
  off(event: "connect" | "disconnect", listener: () => void): unknown;
};

type TCommand = { id: string; type: string; payload: unknown };

/**
 * An outbox (INP3) on a live socket: commands are kept on this device under `key` until
 * the server answers, and sent again with the same id whenever the socket is back. No
 * outbox until both the socket and the key are known (the key names whose commands these are).
 */
export function useOutboxOnSocket<TSocket extends TOutboxSocket>(
  socket: TSocket | null,
  key: string | null,
  transmit: (socket: TSocket, command: TCommand) => Promise<TAck>,
  onAnswer?: (ack: TAck) => void,
): TOutbox | null {
  const outbox = useMemo(() => {
    if (!socket || !key) return null;
    return createOutbox({ storage: localStorageOrNull(), key, transmit: (command) => transmit(socket, command), onAnswer });
  }, [socket, key, transmit, onAnswer]);

  useEffect(() => {
    if (!socket || !outbox) return;
    if (socket.connected) outbox.connected();
    socket.on("connect", outbox.connected);
    socket.on("disconnect", outbox.disconnected);
    return () => {
      socket.off("connect", outbox.connected);
      socket.off("disconnect", outbox.disconnected);
      outbox.disconnected();
    };
  }, [socket, outbox]);

  return outbox;
}

/** What the outbox still holds for the server, oldest first; re-renders when that changes. */
export function usePending(outbox: TOutbox | null): readonly TOutgoing[] {
  return useSyncExternalStore(
    useCallback((listener: () => void) => outbox?.subscribe(listener) ?? (() => undefined), [outbox]),
    () => outbox?.pending() ?? NO_PENDING,
    () => NO_PENDING,
  );
}

/** Private browsing may refuse storage; the outbox then keeps commands for as long as the page is open. */
function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
