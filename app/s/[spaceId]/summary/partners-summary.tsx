"use client";

import { NoAccess } from "../no-access";
import { useSpaceConnection } from "../use-space-connection";
import { SessionSummary } from "./session-summary";
import "../../../workspace/workspace.css";

export function PartnersSummary({ spaceId }: { spaceId: string }) {
  const { view, connection } = useSpaceConnection(spaceId);
  if (connection.kind === "refused") return <NoAccess message={connection.message} />;
  if (!view) return <p className="muted" role="status">Preparing the summary…</p>;
  return <SessionSummary view={view} />;
}
