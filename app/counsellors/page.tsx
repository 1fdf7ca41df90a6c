import Link from "next/link";
import { CreateWorkspace } from "./create-workspace";

export const metadata = { title: "For counsellors · Breathing Room" };

export default function CounsellorsPage() {
  return (
    <>
      <h1>A workspace for the couples you guide</h1>
      <p className="lead">
        See every couple you guide at a glance, live: the step they are at, who is here and whom the session waits for. Pace a
        session with an agenda and a timer, send a prompt, hold the next step, spotlight what matters — and keep private notes.
        You never see what a partner writes before both have shared it.
      </p>
      <CreateWorkspace />
      <p className="muted" style={{ marginTop: 24 }}>
        Lost every device? <Link href="/counsellors/recover">Use your recovery code</Link>.
      </p>
    </>
  );
}
