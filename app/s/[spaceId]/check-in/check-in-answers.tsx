import type { TCheckInPart, TPartAnswer } from "../../../../core/negotiation/check-in-schemas";
import type { TRevealedCheckIn } from "../../../../core/negotiation/check-in-view";
import { FEAR_KIND_LABELS } from "../statement/wording";
import { EASED_WORDS, FELT_WORDS, KEPT_WORDS } from "./check-in-words";

type TRow = { title: string; answers: { name: string; answer: TPartAnswer }[] };

/**
 * Both check-ins side by side, per part of the agreement, after the reveal (CHK4). Each
 * partner answered from their own side, so "Ana's own time" shows what Ana said of her time
 * and what Ben said of it; each keeps their column in every row.
 */
export function CheckInAnswers({ answers, headingLevel = 3 }: { answers: TRevealedCheckIn[]; headingLevel?: 3 | 4 }) {
  const [first, second] = answers;
  if (!first || !second) return null;
  const Heading = `h${headingLevel}` as const;
  const row = (title: string, partOf: (who: TRevealedCheckIn) => TCheckInPart): TRow => ({
    title,
    answers: [first, second].map((who) => ({ name: who.name, answer: who.answers.parts[partOf(who)] })),
  });
  const rows: TRow[] = [
    row(`${first.name}’s own time`, (who) => (who === first ? "myAlone" : "partnerAlone")),
    row(`${second.name}’s own time`, (who) => (who === second ? "myAlone" : "partnerAlone")),
    row("Time together", () => "together"),
    row("Staying in touch while apart", () => "inTouch"),
  ];
  return (
    <div className="check-in-answers" data-testid="check-in-answers">
      {rows.map((row) => (
        <section key={row.title} className="check-in-row" aria-label={row.title}>
          <Heading className="check-in-row-title">{row.title}</Heading>
          <div className="check-in-sides">
            {row.answers.map(({ name, answer }) => (
              <div key={name} className="check-in-side">
                <p className="check-in-who">{name}</p>
                <p>
                  <strong>{KEPT_WORDS[answer.kept]}</strong> · felt {FELT_WORDS[answer.felt]?.toLowerCase()}
                  {answer.feltWords ? `: “${answer.feltWords}”` : ""}
                </p>
                {answer.keep && <p className="small">Keep: {answer.keep}</p>}
                {answer.change && <p className="small">Change: {answer.change}</p>}
              </div>
            ))}
          </div>
        </section>
      ))}
      {answers.some((a) => a.fears.length > 0) && (
        <section className="check-in-row" aria-label="Fears">
          <Heading className="check-in-row-title">Fears</Heading>
          <div className="check-in-sides">
            {answers.map((who) => (
              <div key={who.participantId} className="check-in-side">
                <p className="check-in-who">{who.name}</p>
                {who.fears.length === 0 ? (
                  <p className="muted small">Named no fears.</p>
                ) : (
                  <ul className="check-in-fears">
                    {who.answers.fears.map(({ fear, eased }) => (
                      <li key={fear}>
                        {who.fears[fear]?.words ? `“${who.fears[fear]!.words}”` : FEAR_KIND_LABELS[who.fears[fear]?.kind ?? "other"]}
                        <strong className="check-in-eased">{EASED_WORDS[eased]}</strong>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
