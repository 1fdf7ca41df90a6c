"use client";

import { diffAgreements } from "../../../../core/negotiation/agreement-diff";
import type { TAgreement } from "../../../../core/negotiation/proposals";
import { WeekCalendar } from "../proposals/week-calendar";
import type { TPlanContext } from "../proposals/plan-context";
import { choiceText, describeMoment } from "./agreement-words";
import { describeDiff } from "./version-words";

/**
 * Every version of the agreement, newest first, each with when it was made, what the couple
 * chose, and in plain sentences what changed from the one before (VER1, VER2). Earlier weeks
 * open on demand.
 */
export function AgreementVersions({ agreements, context, zone }: { agreements: readonly TAgreement[]; context: TPlanContext; zone: string }) {
  if (agreements.length < 2) return null;
  const { people, myKey } = context;
  const newestFirst = agreements.map((agreement, i) => ({ agreement, previous: agreements[i - 1] ?? null })).reverse();
  return (
    <section className="card agreement-versions" aria-labelledby="versions-heading" data-testid="agreement-versions">
      <h3 id="versions-heading">Every version</h3>
      <ol className="version-list">
        {newestFirst.map(({ agreement, previous }) => (
          <li key={agreement.version} data-testid={`agreement-version-${agreement.version}`}>
            <h4>
              Version {agreement.version}
              {agreement === agreements.at(-1) ? " (in force)" : ""}
            </h4>
            <p className="muted small">
              Made {describeMoment(agreement.madeAt, zone)}. {choiceText(agreement.proposal, people)}
            </p>
            {previous ? (
              <ul className="version-changes" aria-label={`What changed from version ${previous.version}`}>
                {describeDiff(diffAgreements(previous.proposal, agreement.proposal), people, myKey, previous.version).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              <p className="small">The first agreement.</p>
            )}
            {agreement !== agreements.at(-1) && (
              <details className="version-week">
                <summary>See the week of version {agreement.version}</summary>
                <WeekCalendar
                  blocks={agreement.proposal.weeks?.at(-1) ?? agreement.proposal.blocks}
                  people={people}
                  myKey={myKey}
                  label={`The week of version ${agreement.version}`}
                />
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
