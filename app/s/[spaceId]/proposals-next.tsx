import type { TSpaceView } from "../../../core/negotiation/view";

/** Where proposals will be; a later step builds them. */
export function ProposalsNext({ view }: { view: TSpaceView }) {
  const how = view.reflection?.completedHow;
  return (
    <section className="card next-step" aria-labelledby="proposals-heading" data-testid="proposals-next">
      <h2 id="proposals-heading">Next: proposals</h2>
      <p>
        {how === "skipped" ? "You chose to skip reflecting, and that’s fine." : "You’ve each heard the other. Well done."}{" "}
        Next, Breathing Room will suggest a few fair weekly rhythms built from both statements: time alone for each of you,
        time together, and how you’ll stay in touch.
      </p>
      <p className="muted small">This part is on its way. Your statements are kept safe here in the meantime.</p>
    </section>
  );
}
