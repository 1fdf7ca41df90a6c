import type { TSpaceView } from "../../../../core/negotiation/view";
import { revealWords } from "../facilitation/viewer-words";
import { StatementSummary } from "./statement-summary";

/**
 * Both statements, side by side on a wide screen and one after the other on a phone,
 * arriving for everyone at the same moment. A soft fade marks the moment (none when
 * the person asked for reduced motion).
 */
export function RevealedStatements({ view }: { view: TSpaceView }) {
  if (!view.revealed) return null;
  const words = revealWords(view);
  return (
    <section className="reveal" aria-labelledby="reveal-heading" data-testid="reveal">
      <div className="reveal-moment">
        <h2 id="reveal-heading">{words.heading}</h2>
        <p className="muted">{words.lead}</p>
      </div>
      <div className="reveal-columns">
        {view.revealed.statements.map((entry, i) => (
          <article
            key={entry.participantId}
            className={`card revealed-statement tone-${i}`}
            aria-labelledby={`statement-of-${entry.participantId}`}
            data-testid={`revealed-${entry.name}`}
          >
            <h3 id={`statement-of-${entry.participantId}`}>
              {entry.participantId === view.me.id ? "You wrote" : `${entry.name} wrote`}
            </h3>
            <StatementSummary statement={entry.statement} idPrefix={`s-${entry.participantId}`} />
          </article>
        ))}
      </div>
    </section>
  );
}
