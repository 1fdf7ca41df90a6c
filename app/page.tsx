import Link from "next/link";
import { CreateSpace } from "./create-space/create-space";
import { YourSpaces } from "./your-spaces/your-spaces";

export default function HomePage() {
  return (
    <>
      <h1>Make room for each other</h1>
      <p className="lead">
        Breathing Room helps two partners agree on how much time alone each of you needs, when, and what keeps you close
        while apart. You each write privately, see each other’s words at the same moment, and get fair weekly plans to
        choose from together.
      </p>
      <YourSpaces />
      <CreateSpace />
      <p className="muted" style={{ marginTop: 24 }}>
        Already in a space on another device? <Link href="/add-device">Add this device with a code</Link>.
      </p>
      <p className="muted">
        Are you a counsellor? <Link href="/counsellors">Get a workspace for the couples you guide</Link>.
      </p>
    </>
  );
}
