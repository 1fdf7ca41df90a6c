import type { TPartnerKey, TProposal } from "../../../../core/scheduler/proposal";
import { FEAR_KIND_LABELS } from "../statement/wording";
import { fearAnswerText, type TPeople } from "./proposal-words";

/**
 * Why a plan looks the way it does: the fears it answers, how you stay in touch while
 * apart, the reasoning, and (gently) what didn't fit this time.
 */
export function PlanDetails({ proposal, people, myKey, idPrefix }: { proposal: TProposal; people: TPeople; myKey: TPartnerKey | null; idPrefix: string }) {
  const fears = (["A", "B"] as const).flatMap((key) => proposal.partners[key].fearsAddressed.map((fear) => ({ key, fear })));
  return (
    <div className="plan-details">
      <section aria-labelledby={`${idPrefix}-checkins`}>
        <h4 id={`${idPrefix}-checkins`}>Staying in touch while apart</h4>
        <p>{proposal.checkIns.summary}</p>
      </section>

      {fears.length > 0 && (
        <section aria-labelledby={`${idPrefix}-fears`}>
          <h4 id={`${idPrefix}-fears`}>Fears, and how this plan answers them</h4>
          <ul className="fear-answers">
            {fears.map(({ key, fear }, i) => (
              <li key={i} className={fear.isAddressed ? "is-addressed" : "is-open"}>
                <span className="fear-who">
                  {key === myKey ? "Your" : `${people[key].name}’s`} fear: {FEAR_KIND_LABELS[fear.kind].toLowerCase()}
                </span>
                {fear.words && <span className="words">“{fear.words}”</span>}
                <span className="fear-how">
                  <span className="fear-mark">{fear.isAddressed ? "Answered: " : "Still open: "}</span>
                  {fearAnswerText(fear)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {proposal.explanation.length > 0 && (
        <section aria-labelledby={`${idPrefix}-why`}>
          <h4 id={`${idPrefix}-why`}>Why this plan</h4>
          <ul className="plan-why">
            {proposal.explanation.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      )}

      {proposal.unmet.length > 0 && (
        <section aria-labelledby={`${idPrefix}-unmet`} className="unmet">
          <h4 id={`${idPrefix}-unmet`}>Not fitted in this time</h4>
          <p className="muted small">Nothing is wrong with wanting these. The week simply ran out of room; you can change hours and ask again.</p>
          <ul>
            {proposal.unmet.map((wish) => (
              <li key={`${wish.partner}-${wish.wishId}`}>
                <strong>{wish.label}</strong> <span className="muted">({wish.partner === myKey ? "yours" : `${people[wish.partner].name}’s`})</span>
                <br />
                <span className="small">{wish.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
