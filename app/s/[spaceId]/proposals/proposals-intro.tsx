import type { TSpaceView } from "../../../../core/negotiation/view";

/** The bridge from reflecting to proposals: what comes now, and that it's fine however reflecting went. */
export function ProposalsIntro({ view }: { view: TSpaceView }) {
  const how = view.reflection?.completedHow;
  return (
    <section className="card next-step" aria-labelledby="proposals-heading" data-testid="proposals-next">
      <h2 id="proposals-heading">Next: proposals for your week</h2>
      <p>
        {how === "skipped" ? "You chose to skip reflecting, and that’s fine." : "You’ve each heard the other. Well done."} Here are a few fair
        weekly rhythms built from both statements: time alone for each of you, time together, and how you’ll stay in touch.
      </p>
      <p className="muted small">
        Compare them, move a block if something doesn’t fit, and when you both choose the same one, it becomes your agreement.
      </p>
    </section>
  );
}
