import type { TPartnerKey, TProposal } from "../../../../core/scheduler/proposal";
import { percent, shareOfBestText } from "./proposal-words";

/** How much of each partner's wishes a plan meets, as a bar and in words. */
export function SatisfactionBars({ partners, myKey }: { partners: TProposal["partners"]; myKey: TPartnerKey | null }) {
  return (
    <ul className="satisfaction" aria-label="How much of your wishes this plan meets">
      {(["A", "B"] as const).map((key) => {
        const outcome = partners[key];
        const isMe = key === myKey;
        return (
          <li key={key} className={`satisfaction-row owner-${key}`} data-testid={`satisfaction-${outcome.name}`}>
            <div className="satisfaction-words">
              <span className="satisfaction-name">{isMe ? "You" : outcome.name}</span>
              <span className="satisfaction-figure">{percent(outcome.satisfaction)} of wishes met</span>
            </div>
            <div className="satisfaction-track" aria-hidden="true">
              <span className="satisfaction-fill" style={{ width: `${Math.max(2, Math.min(100, outcome.satisfaction))}%` }} />
            </div>
            <p className="satisfaction-best">{shareOfBestText(outcome.shareOfBest, outcome.name, isMe, outcome.isShareAtLeast === true)}</p>
          </li>
        );
      })}
    </ul>
  );
}
