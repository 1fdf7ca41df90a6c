import Link from "next/link";

export default function NotFound() {
  return (
    <section className="card" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">There’s nothing here</h1>
      <p>This address doesn’t lead to a page or a space. If you were opening your space, please use your personal link.</p>
      <Link className="button quiet" href="/">
        Go to the start page
      </Link>
    </section>
  );
}
