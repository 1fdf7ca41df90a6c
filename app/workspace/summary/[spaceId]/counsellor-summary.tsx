"use client";

import { NoAccess } from "../../../s/[spaceId]/no-access";
import { SessionSummary } from "../../../s/[spaceId]/summary/session-summary";
import { useSpaceConnection } from "../../../s/[spaceId]/use-space-connection";
import { useWorkspaceConnection } from "../../use-workspace-connection";

export function CounsellorSummary({ spaceId }: { spaceId: string }) {
  const { view, connection } = useSpaceConnection(spaceId);
  const workspace = useWorkspaceConnection();
  if (connection.kind === "refused") return <NoAccess message={connection.message} />;
  // A counsellor who guides without a workspace on this device still gets the couple's summary, without notes.
  const isWithoutWorkspace = workspace.connection.kind === "refused";
  if (!view || (!workspace.view && !isWithoutWorkspace)) return <p className="muted" role="status">Preparing the summary…</p>;
  const notes = workspace.view?.notes.filter((n) => n.spaceId === spaceId);
  return (
    <>
      <p className="no-print small">
        <a href="/workspace">All your couples</a> · <a href={`/s/${spaceId}`}>Back to their session</a>
      </p>
      <SessionSummary view={view} notes={notes} />
    </>
  );
}
