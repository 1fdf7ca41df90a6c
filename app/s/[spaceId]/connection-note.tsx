import type { ConnectionState } from "./use-space-connection";

/** A quiet line about the connection; only a lost one needs words. */
export function ConnectionNote({ connection }: { connection: ConnectionState }) {
  const isOnline = connection.kind === "online";
  return (
    // Connected is the normal state: said to screen readers, not shown.
    <p className={`connection ${isOnline ? "visually-hidden" : ""}`} role="status" aria-live="polite">
      <span className={`presence-dot ${isOnline ? "online" : ""}`} aria-hidden="true" />
      {isOnline ? "Connected" : "Reconnecting… anything you do will be sent when we’re back."}
    </p>
  );
}
