"use client";

import { useEffect, useState } from "react";
import type { TOutgoing } from "./outbox";
import type { ConnectionState } from "./use-space-connection";

/** A change usually reaches the server in a blink; only one still on its way after this is mentioned. */
const MENTION_AFTER_MS = 2_000;
const NOTHING_PENDING: readonly TOutgoing[] = [];

/**
 * A quiet line about the connection; only a lost one, or a change still on its way,
 * needs words. What is kept on this device is said plainly, so nobody retypes it (INP3).
 */
export function ConnectionNote({ connection, pending = NOTHING_PENDING }: { connection: ConnectionState; pending?: readonly TOutgoing[] }) {
  const isOnline = connection.kind === "online";
  const isTakingLong = useIsTakingLong(pending[0]?.id ?? null);
  const words = noteFor(isOnline, pending.length, isTakingLong);
  return (
    // Connected is the normal state: said to screen readers, not shown.
    <p className={`connection ${words ? "" : "visually-hidden"}`} role="status" aria-live="polite" data-testid="connection-note">
      <span className={`presence-dot ${isOnline ? "online" : ""}`} aria-hidden="true" />
      {words ?? "Connected"}
    </p>
  );
}

function noteFor(isOnline: boolean, pendingCount: number, isTakingLong: boolean): string | null {
  const changes = pendingCount === 1 ? "1 change" : `${pendingCount} changes`;
  if (!isOnline && pendingCount > 0) return `Offline for now. ${changes} kept on this device, to be sent when you’re back online.`;
  if (!isOnline) return "Reconnecting… anything you do will be sent when we’re back.";
  if (pendingCount > 0 && isTakingLong) return `Saving ${changes}…`;
  return null;
}

/** Whether the same command has been waiting for its answer for a while. */
function useIsTakingLong(oldestPendingId: string | null): boolean {
  const [longId, setLongId] = useState<string | null>(null);
  useEffect(() => {
    if (oldestPendingId === null) return;
    const timer = setTimeout(() => setLongId(oldestPendingId), MENTION_AFTER_MS);
    return () => clearTimeout(timer);
  }, [oldestPendingId]);
  return oldestPendingId !== null && longId === oldestPendingId;
}
