"use client";

import { useState } from "react";
import type { TSpaceView } from "../../../../core/negotiation/view";
import type { TSend } from "../use-space-connection";
import { ProblemNotice } from "../../../components/problem-notice";

/** Reflecting is offered, never forced: both may agree to skip it, and either can change their mind. */
export function SkipChoice({ view, send }: { view: TSpaceView; send: TSend }) {
  const [problem, setProblem] = useState<string | null>(null);
  const votes = view.reflection?.skipVotes ?? [];
  const partner = view.participants.find((p) => p.role !== "counsellor" && p.id !== view.me.id);
  const iWantToSkip = votes.includes(view.me.id);
  const partnerWantsToSkip = partner ? votes.includes(partner.id) : false;

  async function choose(wantsToSkip: boolean) {
    setProblem(null);
    const ack = await send("reflection:skip", { wantsToSkip });
    if (!ack.ok) setProblem(ack.error.message);
  }

  return (
    <div className="skip-choice">
      <p aria-live="polite" className="muted small">
        {iWantToSkip && partnerWantsToSkip && "You both chose to skip."}
        {iWantToSkip && !partnerWantsToSkip && `You’d rather skip this step. If ${partner?.name ?? "your partner"} agrees, you’ll go on to proposals.`}
        {!iWantToSkip && partnerWantsToSkip && `${partner?.name ?? "Your partner"} would rather skip this step.`}
        {!iWantToSkip && !partnerWantsToSkip && "This step is optional."}
      </p>
      {iWantToSkip ? (
        <button type="button" className="button small quiet" onClick={() => void choose(false)}>
          Let’s reflect after all
        </button>
      ) : (
        <button type="button" className="button small quiet" onClick={() => void choose(true)}>
          {partnerWantsToSkip ? "Skip it together" : "We’d rather skip this step"}
        </button>
      )}
      <ProblemNotice problem={problem} />
    </div>
  );
}
