"use client";

import { ConnectionNote } from "./connection-note";
import { Lobby } from "./lobby";
import { NoAccess } from "./no-access";
import { PhaseAnnouncer } from "./phase-announcer";
import { ProposalsNext } from "./proposals-next";
import { ReflectStep } from "./reflect/reflect-step";
import { RevealedStatements } from "./reveal/revealed-statements";
import { useSpaceConnection } from "./use-space-connection";
import { WritingStep } from "./writing-step";

/** Who is here at the top, then the screen of the phase the space is in. */
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
      <PhaseAnnouncer phase={view.phase} />
      <Lobby view={view} online={presence.online} send={send} />
      {view.phase === "writing" && <WritingStep view={view} send={send} />}
      {view.phase === "proposing" && <ProposalsNext view={view} />}
      {view.phase !== "writing" && (
        <>
          <RevealedStatements view={view} />
          <ReflectStep view={view} send={send} />
        </>
      )}
    </>
  );
}
