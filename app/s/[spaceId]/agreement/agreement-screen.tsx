"use client";

import { ConnectionNote } from "../connection-note";
import { NoAccess } from "../no-access";
import { useSpaceConnection } from "../use-space-connection";
import { AgreementView } from "./agreement-view";

/** The agreement on its own page (to print or bookmark), on the same live connection as the space. */
export function AgreementScreen({ spaceId }: { spaceId: string }) {
  const { view, connection } = useSpaceConnection(spaceId);
  if (connection.kind === "refused") return <NoAccess message={connection.message} />;
  if (!view) {
    return (
      <p className="muted" role="status">
        Opening your agreement…
      </p>
    );
  }
  return (
    <>
      <ConnectionNote connection={connection} />
      <p className="no-print">
        <a href={`/s/${spaceId}`}>← Back to our space</a>
      </p>
      {view.proposals?.agreements.length ? (
        <AgreementView view={view} showPageLink={false} />
      ) : (
        <section className="card" data-testid="no-agreement">
          <h2>No agreement yet</h2>
          <p>When you both choose the same proposal, your agreement will be kept here.</p>
        </section>
      )}
    </>
  );
}
