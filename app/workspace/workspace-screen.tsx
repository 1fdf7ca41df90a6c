"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { ConnectionNote } from "../s/[spaceId]/connection-note";
import { OutboxContext } from "../s/[spaceId]/outbox-context";
import { AddByLink } from "./add-by-link";
import { CoupleList } from "./couple-list";
import { NewCouple } from "./new-couple";
import { NoWorkspaceYet } from "./no-workspace-yet";
import { useWorkspaceConnection } from "./use-workspace-connection";
import { YourLink } from "./your-link";

/** The counsellor's home: every couple they guide, live, and what to do next. */
export function WorkspaceScreen() {
  const { view, summaries, presence, isPresenceCurrent, connection, send, outbox, pending } = useWorkspaceConnection();
  const [isAdding, setIsAdding] = useState<"new" | "link" | null>(null);
  const guided = useMemo(() => (view ? view.spaces.map((s) => summaries[s.spaceId]).filter((s) => s !== undefined) : []), [view, summaries]);
  // No workspace cookie at all: nothing went wrong, this device (or this counsellor) has none yet.
  if (connection.kind === "refused" && connection.code === "AUTH_MISSING") return <NoWorkspaceYet />;
  if (connection.kind === "refused") {
    return (
      <section className="card" aria-labelledby="no-workspace-heading">
        <h1 id="no-workspace-heading">We can’t open a workspace here</h1>
        <p>{connection.message}</p>
        <div className="row">
          <Link className="button" href="/counsellors/recover">
            Use your recovery code
          </Link>
          <Link className="button quiet" href="/counsellors">
            Create a workspace
          </Link>
        </div>
      </section>
    );
  }
  if (!view) return <p className="muted" role="status">Opening your workspace…</p>;
  return (
    <OutboxContext value={outbox}>
      <div className="workspace">
        <ConnectionNote connection={connection} pending={pending} />
        <h1>{view.counsellorName}’s workspace</h1>
        <p className="muted">
          The couples you guide, live. You see how far each one is, never what they write before they share it with each other.
        </p>
        <div className="row workspace-actions">
          <button className="button" type="button" aria-expanded={isAdding === "new"} onClick={() => setIsAdding(isAdding === "new" ? null : "new")}>
            New couple
          </button>
          <button className="button quiet" type="button" aria-expanded={isAdding === "link"} onClick={() => setIsAdding(isAdding === "link" ? null : "link")}>
            Add a couple who invited you
          </button>
        </div>
        {isAdding === "new" && <NewCouple send={send} />}
        {isAdding === "link" && <AddByLink send={send} onAdded={() => setIsAdding(null)} />}
        <CoupleList summaries={guided} presence={presence} isPresenceKnown={connection.kind === "online" && isPresenceCurrent} notes={view.notes} send={send} />
        <YourLink />
      </div>
    </OutboxContext>
  );
}
