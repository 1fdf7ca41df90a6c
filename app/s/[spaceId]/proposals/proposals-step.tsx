"use client";

import { useMemo, useState, type KeyboardEvent } from "react";
import type { TVersionedProposal } from "../../../../core/negotiation/proposals";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { useIsPaused } from "../pause/paused-context";
import type { TSend } from "../use-space-connection";
import { AskAgainForm } from "./ask-again-form";
import { needsWithChanges } from "./my-wishes";
import { nextTabIndex, planContextOf, type TPlanContext } from "./plan-context";
import { ProposalDetail } from "./proposal-detail";
import { acceptanceBadge, arrivalText, isPreparing, percent, type TPeople } from "./proposal-words";
import { ProposalsAnnouncer } from "./proposals-announcer";
import { ProposalsIntro } from "./proposals-intro";
import { describeDuration, slotsByOwner } from "./week-plan";

/**
 * The proposing phase: a calm wait while proposals are computed, then the proposals side
 * by side as tabs with their key figures, one in full below, and (for partners) a way to
 * change their own hours and ask again.
 */
export function ProposalsStep({ view, send }: { view: TSpaceView; send: TSend }) {
  const context = useMemo(() => planContextOf(view), [view]);
  const proposals = view.proposals;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const isPaused = useIsPaused();
  if (!proposals) return null;
  const set = isPreparing(proposals) ? null : proposals.set;
  const list = set?.proposals ?? [];
  const selected = list.find((p) => p.id === selectedId) ?? list[0] ?? null;
  const myNeeds = view.revealed?.statements.find((s) => s.participantId === view.me.id)?.statement.needs ?? [];
  const myChanges = proposals.changes[view.me.id] ?? [];

  return (
    <section className="proposals" aria-labelledby="proposals-heading" data-testid="proposals">
      <ProposalsIntro view={view} />
      <ProposalsAnnouncer proposals={proposals} people={context.people} myKey={context.myKey} />
      {!set || !selected ? (
        <div className="card preparing" role="status" data-testid="proposals-preparing">
          <span className="preparing-dot" aria-hidden="true" />
          <div>
            <p className="preparing-title">Preparing proposals…</p>
            <p className="muted small">
              {proposals.inputsVersion > 1
                ? "Making new proposals from the changed hours. This takes a moment."
                : "Weighing both statements to find fair weeks. This takes a moment."}
            </p>
          </div>
        </div>
      ) : (
        <>
          <h3 className="compare-heading" id="compare-heading">
            {list.length} plans to compare
          </h3>
          <div role="tablist" aria-labelledby="compare-heading" className="proposal-tabs" data-testid="proposal-tabs">
            {list.map((proposal, i) => (
              <ProposalTab
                key={proposal.id}
                proposal={proposal}
                index={i}
                count={list.length}
                isSelected={proposal.id === selected.id}
                onSelect={(p) => setSelectedId(p.id)}
                list={list}
                view={view}
                people={context.people}
                context={context}
              />
            ))}
          </div>
          <ProposalDetail
            key={selected.id}
            proposal={selected}
            acceptances={proposals.acceptances}
            context={context}
            send={send}
            panelId={`proposal-panel-${selected.id}`}
            tabId={`proposal-tab-${selected.id}`}
          />
        </>
      )}
      {context.myKey && myNeeds.length > 0 && (
        <fieldset disabled={isPaused}>
          <AskAgainForm key={proposals.inputsVersion} needs={needsWithChanges(myNeeds, myChanges)} send={send} />
        </fieldset>
      )}
    </section>
  );
}

function ProposalTab({
  proposal,
  index,
  count,
  isSelected,
  onSelect,
  list,
  view,
  people,
  context,
}: {
  proposal: TVersionedProposal;
  index: number;
  count: number;
  isSelected: boolean;
  onSelect: (p: TVersionedProposal) => void;
  list: TVersionedProposal[];
  view: TSpaceView;
  people: TPeople;
  context: TPlanContext;
}) {
  const totals = slotsByOwner(proposal.blocks);
  const badge = acceptanceBadge(proposal, view.proposals!.acceptances, people, context.myKey);
  const name = (key: "A" | "B") => (key === context.myKey ? "You" : people[key].name);
  return (
    <button
      type="button"
      role="tab"
      id={`proposal-tab-${proposal.id}`}
      aria-selected={isSelected}
      aria-controls={`proposal-panel-${proposal.id}`}
      tabIndex={isSelected ? 0 : -1}
      className="proposal-tab"
      data-testid={`proposal-tab-${proposal.kind}`}
      onClick={() => onSelect(proposal)}
      onKeyDown={(e: KeyboardEvent<HTMLButtonElement>) => {
        const next = nextTabIndex(e.key, index, count);
        if (next === null) return;
        e.preventDefault();
        onSelect(list[next]!);
        document.getElementById(`proposal-tab-${list[next]!.id}`)?.focus();
      }}
    >
      <span className="tab-title">{proposal.title}</span>
      <span className="tab-version">v{proposal.version}</span>
      <span className="tab-figures">
        <span className="owner-A">
          {name("A")} {percent(proposal.partners.A.satisfaction)}
        </span>
        <span className="owner-B">
          {name("B")} {percent(proposal.partners.B.satisfaction)}
        </span>
      </span>
      <span className="tab-hours">
        {proposal.weeks && proposal.weeks.length > 1
          ? `Week 1 figures · ${arrivalText(proposal, people, context.myKey) ?? `grows over ${proposal.weeks.length} weeks`}`
          : `${totals.together > 0 ? `${describeDuration(totals.together)} together` : "No time together"}${proposal.unmet.length > 0 ? ` · ${proposal.unmet.length} not fitted` : ""}`}
      </span>
      {badge && <span className="tab-badge">{badge}</span>}
    </button>
  );
}
