"use client";

import { useState } from "react";
import type { TProposalsState, TVersionedProposal } from "../../../../core/negotiation/proposals";
import type { TPartnerKey } from "../../../../core/scheduler/proposal";
import type { TSend } from "../use-space-connection";
import { acceptanceLines, acceptedBy, type TPeople } from "./proposal-words";

/**
 * "We choose this one": each partner chooses one version; when both choose the same,
 * it becomes the agreement. A counsellor sees who chose what, and no button.
 */
export function AcceptChoice({
  proposal,
  acceptances,
  people,
  myKey,
  send,
}: {
  proposal: TVersionedProposal;
  acceptances: TProposalsState["acceptances"];
  people: TPeople;
  myKey: TPartnerKey | null;
  send: TSend;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const lines = acceptanceLines(proposal, acceptances, people, myKey);
  const haveIChosen = myKey !== null && acceptedBy(proposal, acceptances, people).includes(myKey);
  const myOtherChoice = myKey ? acceptances[people[myKey].id] : undefined;
  const isOtherChosen = myOtherChoice !== undefined && !haveIChosen;

  async function accept() {
    setIsSending(true);
    setProblem(null);
    const ack = await send("proposal:accept", { proposalId: proposal.id, version: proposal.version });
    setIsSending(false);
    if (!ack.ok) setProblem(ack.error.message);
  }

  return (
    <div className="accept-choice" data-testid="accept-choice">
      {/* Choices are announced by ProposalsAnnouncer; a second live region here would say them twice. */}
      <div>
        {lines.map((line) => (
          <p key={line} className="choice-line">
            {line}
          </p>
        ))}
        {lines.length === 0 && <p className="muted small">No one has chosen this version yet.</p>}
      </div>
      {myKey && !haveIChosen && (
        <>
          <button type="button" className="button wide" onClick={() => void accept()} disabled={isSending}>
            {isSending ? "Choosing…" : "We choose this one"}
          </button>
          {isOtherChosen && <p className="muted small">This replaces your earlier choice of another plan.</p>}
        </>
      )}
      <p className="muted small">
        If either {myKey ? "of you" : "partner"} moves a block of this plan, choices of it are set aside, so {myKey ? "you both" : "both"} look again.
      </p>
      <div aria-live="polite">{problem && <p className="notice">{problem}</p>}</div>
    </div>
  );
}
