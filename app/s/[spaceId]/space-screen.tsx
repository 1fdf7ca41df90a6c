"use client";

import { ConnectionNote } from "./connection-note";
import { Lobby } from "./lobby";
import { NoAccess } from "./no-access";
import { useSpaceConnection } from "./use-space-connection";

export function SpaceScreen({ spaceId }: { spaceId: string }) {
  const { view, presence, connection, send } = useSpaceConnection(spaceId);
  if (connection.kind === "refused") return <NoAccess message={connection.message} />;
  if (!view) {
    return (
      <p className="muted" role="status">
        Opening your space…
      </p>
    );
  }
  return (
    <>
      <ConnectionNote connection={connection} />
      <Lobby view={view} online={presence.online} send={send} />
    </>
  );
}
