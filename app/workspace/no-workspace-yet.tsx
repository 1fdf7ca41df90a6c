import Link from "next/link";

/**
 * A counsellor a couple named in their own space guides it from their personal link and may
 * have no workspace at all; "All your couples" then explains and offers one instead of
 * refusing. A workspace made on another device comes here with its link or a code.
 */
export function NoWorkspaceYet() {
  return (
    <section className="card" aria-labelledby="no-workspace-heading">
      <h1 id="no-workspace-heading">No workspace on this device yet</h1>
      <p>
        A workspace lists every couple you guide, live: the step they are at, who is here and whom the session waits for. A couple
        who invited you can be added to it with the link they made for you.
      </p>
      <Link className="button" href="/counsellors">
        Create your workspace
      </Link>
      <p className="muted small" style={{ marginTop: 16 }}>
        Already have one? Open your workspace link on this device, or <Link href="/add-device">add this device with a code</Link>.
      </p>
    </section>
  );
}
