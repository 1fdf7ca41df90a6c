import type { TSpaceView } from "../../../../core/negotiation/view";
import { proposalsIntroWords } from "../facilitation/viewer-words";

/**
 * The bridge from reflecting to proposals: what comes now, and that it's fine however
 * reflecting went. A counsellor reads it about the couple, with the question to ask them.
 */
export function ProposalsIntro({ view }: { view: TSpaceView }) {
  const words = proposalsIntroWords(view);
  return (
    <section className="card next-step" aria-labelledby="proposals-heading" data-testid="proposals-next">
      <h2 id="proposals-heading">{words.heading}</h2>
      <p>{words.body}</p>
      <p className="muted small" data-testid="proposals-hint">
        {words.hint}
      </p>
    </section>
  );
}
