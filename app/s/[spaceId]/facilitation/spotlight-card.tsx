import type { TSpaceView } from "../../../../core/negotiation/view";
import { describeSpotlight } from "./facilitation-words";

/** One proposal or one part of a revealed statement, on every screen at once (FAC5). */
export function SpotlightCard({ view }: { view: TSpaceView }) {
  const spotlight = view.facilitation.spotlight;
  const described = spotlight && describeSpotlight(view, spotlight);
  if (!described) return null;
  return (
    <section className="spotlight-card" aria-live="polite" aria-labelledby="spotlight-heading" data-testid="spotlight">
      <p className="prompt-from">{view.me.role === "counsellor" ? "In the spotlight for both" : "Your counsellor is pointing to"}</p>
      <h2 id="spotlight-heading">{described.title}</h2>
      <p>{described.body}</p>
    </section>
  );
}
