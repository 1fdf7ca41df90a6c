"use client";

import { ConnectionNote } from "../connection-note";
import { agreementWords } from "../facilitation/viewer-words";
import { NoAccess } from "../no-access";
import { useSpaceConnection } from "../use-space-connection";
import { AgreementView } from "./agreement-view";

/** The agreement on its own page (to print or bookmark), on the same live connection as the space. */
export function AgreementScreen({ spaceId }: { spaceId: string }) {
  const { view, connection, send } = useSpaceConnection(spaceId);
  if (connection.kind === "refused") return <NoAccess message={connection.message} />;
  if (!view) {
    return (
      <p className="muted" role="status">
        Opening your agreement…
      </p>
    );
  }
  const words = agreementWords(view);
  return (
    <>
      <ConnectionNote connection={connection} />
      <p className="no-print">
        <a href={`/s/${spaceId}`}>{words.back}</a>
      </p>
      {view.agreements.length > 0 ? (
        <AgreementView view={view} send={send} showPageLink={false} />
      ) : (
        <section className="card" data-testid="no-agreement">
          <h2>No agreement yet</h2>
          <p>{words.noneYet}</p>
        </section>
      )}
    </>
  );
}
