"use client";

import { useState, type KeyboardEvent } from "react";
import type { TProposalsState, TVersionedProposal } from "../../../../core/negotiation/proposals";
import { useIsPaused } from "../pause/paused-context";
import type { TSend } from "../use-space-connection";
import { AcceptChoice } from "./accept-choice";
import { BlockAdjuster } from "./block-adjuster";
import { nextTabIndex, type TPlanContext } from "./plan-context";
import { PlanDetails } from "./plan-details";
import { arrivalText, versionText } from "./proposal-words";
import { SatisfactionBars } from "./satisfaction-bars";
import { WeekCalendar } from "./week-calendar";

/** One proposal in full: figures, its week (or its weeks, for "start small"), why, and the choice. */
export function ProposalDetail({
  proposal,
  acceptances,
  context,
  send,
  panelId,
  tabId,
}: {
  proposal: TVersionedProposal;
  acceptances: TProposalsState["acceptances"];
  context: TPlanContext;
  send: TSend;
  panelId: string;
  tabId: string;
}) {
  const { people, myKey } = context;
  const isPaused = useIsPaused();
  const [selectedBlock, setSelectedBlock] = useState<number | null>(null);
  const [week, setWeek] = useState(0);
  const weeks = proposal.weeks && proposal.weeks.length > 1 ? proposal.weeks : null;
  const shownWeek = weeks ? Math.min(week, weeks.length - 1) : 0;
  const arrival = arrivalText(proposal, people, myKey);
  // `blocks` is week 1 of a ramp, so only week 1's blocks are the ones a partner can move.
  const canPick = myKey !== null && shownWeek === 0;
  // Until a block is picked, the adjuster starts on the viewer's own time: the block they are most likely to move.
  const firstMine = Math.max(0, proposal.blocks.findIndex((b) => b.owner === myKey));
  const blockIndex = selectedBlock !== null && selectedBlock < proposal.blocks.length ? selectedBlock : firstMine;

  return (
    <article id={panelId} role="tabpanel" aria-labelledby={tabId} className="card proposal-detail" data-testid="proposal-detail" tabIndex={0}>
      <header className="proposal-head">
        <h3>{proposal.title}</h3>
        <p className="version-line" data-testid="version-line">
          {versionText(proposal, people)}
        </p>
      </header>

      {weeks && (
        <p className="small muted" data-testid="ramp-arrival">
          These figures are for week 1, where this plan starts; by week {weeks.length} it is the full plan.
          {arrival && <strong className="ramp-arrival"> {arrival}.</strong>}
        </p>
      )}
      <SatisfactionBars partners={proposal.partners} myKey={myKey} />

      {weeks && (
        <>
          <p className="small ramp-note">Start small: the plan grows week by week, and week {weeks.length} is the full plan.</p>
          <div role="tablist" aria-label="Weeks of this plan" className="week-tabs">
            {weeks.map((_, i) => (
              <button
                key={i}
                type="button"
                role="tab"
                id={`${panelId}-week-${i}`}
                aria-selected={i === shownWeek}
                aria-controls={`${panelId}-week-panel`}
                tabIndex={i === shownWeek ? 0 : -1}
                className="week-tab"
                onClick={() => setWeek(i)}
                onKeyDown={(e: KeyboardEvent<HTMLButtonElement>) => {
                  const next = nextTabIndex(e.key, i, weeks.length);
                  if (next === null) return;
                  e.preventDefault();
                  setWeek(next);
                  document.getElementById(`${panelId}-week-${next}`)?.focus();
                }}
              >
                Week {i + 1}
              </button>
            ))}
          </div>
        </>
      )}
      <div id={`${panelId}-week-panel`} role={weeks ? "tabpanel" : undefined} aria-labelledby={weeks ? `${panelId}-week-${shownWeek}` : undefined}>
        <WeekCalendar
          blocks={weeks ? weeks[shownWeek]! : proposal.blocks}
          people={people}
          myKey={myKey}
          label={weeks ? `${proposal.title}, week ${shownWeek + 1}` : `${proposal.title}, the week`}
          onSelect={canPick ? setSelectedBlock : undefined}
          selectedIndex={canPick ? selectedBlock : null}
        />
      </div>

      <PlanDetails proposal={proposal} people={people} myKey={myKey} idPrefix={panelId} />

      <fieldset disabled={isPaused} className="plan-actions">
        {isPaused && myKey && <p className="notice calm">The conversation is paused. You can keep reading; moving and choosing wait until you resume.</p>}
        {myKey && proposal.blocks.length > 0 && (
          <>
            {weeks && <p className="muted small ramp-adjust-note">Moving a block moves it in every week that has it, so the plan still starts small.</p>}
            <BlockAdjuster
              proposal={proposal}
              blockIndex={blockIndex}
              onBlockIndex={setSelectedBlock}
              people={people}
              myKey={myKey}
              busy={context.busy}
              statements={context.statements}
              send={send}
            />
          </>
        )}

        <AcceptChoice proposal={proposal} acceptances={acceptances} people={people} myKey={myKey} send={send} />
      </fieldset>
    </article>
  );
}
