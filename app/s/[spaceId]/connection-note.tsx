import type { ConnectionState } from "./use-space-connection";

/** A quiet line about the connection; only a lost one needs words. */
export function ConnectionNote({ connection }: { connection: ConnectionState }) {
  const isOnline = connection.kind === "online";
  return (
    <p className="connection" role="status" aria-live="polite">
      <span className={`presence-dot ${isOnline ? "online" : ""}`} style={{ position: "static" }} aria-hidden="true" />
      {isOnline ? "Connected" : "Reconnecting… anything you do will be sent when we’re back."}
    </p>
  );
}
