"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="card" role="alert">
      <h1>Something went wrong here</h1>
      <p>It was our fault, not yours, and nothing you wrote is lost. Please try again.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
