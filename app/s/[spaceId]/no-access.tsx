import Link from "next/link";

export function NoAccess({ message }: { message: string }) {
  return (
    <section className="card" aria-labelledby="no-access-heading">
      <h1 id="no-access-heading">We can’t open this space here</h1>
      <p>{message}</p>
      <p className="muted">
        Your personal link is the key to your space. If you’ve lost it and have no device still signed in, ask your
        partner or your counsellor: they can make a new one for you, and the old one stops working.
      </p>
      <Link className="button quiet" href="/">
        Go to the start page
      </Link>
    </section>
  );
}
