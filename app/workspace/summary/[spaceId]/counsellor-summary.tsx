"use client";

import { NoAccess } from "../../../s/[spaceId]/no-access";
import { SessionSummary } from "../../../s/[spaceId]/summary/session-summary";
import { useSpaceConnection } from "../../../s/[spaceId]/use-space-connection";
import { useWorkspaceConnection } from "../../use-workspace-connection";

export function CounsellorSummary({ spaceId }: { spaceId: string }) {
  const { view, connection } = useSpaceConnection(spaceId);
  const workspace = useWorkspaceConnection();
  if (connection.kind === "refused") return <NoAccess message={connection.message} />;
  if (!view || !workspace.view) return <p className="muted" role="status">Preparing the summary…</p>;
  const notes = workspace.view.notes.filter((n) => n.spaceId === spaceId);
  return <SessionSummary view={view} notes={notes} />;
}
