"use client";

import { useState } from "react";
import type { TReturnProposal } from "../../../../core/negotiation/pauses";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { clockTime, describeReturnTime } from "../../../../core/time/viewer-time";
import type { TSend } from "../use-space-connection";
import { listNames, nameInSentence, nameOf } from "./pause-words";
import { ProblemNotice } from "../../../components/problem-notice";

/**
 * A different return time, or more time, takes effect only with the others' yes
 * (PAU5): "Ana proposes 19:30 instead — Accept / Keep the original time".
 */
export function ReturnProposal({
  view,
  proposal,
  send,
  timeZone,
  now,
}: {
  view: TSpaceView;
  proposal: TReturnProposal;
  send: TSend;
  timeZone: string;
  now: string;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const isMine = proposal.by === view.me.id;
  const isAskingMe = proposal.awaiting.includes(view.me.id);
  const time = clockTime(proposal.returnAt, timeZone);
  const when = describeReturnTime(proposal.returnAt, timeZone, now);
  const waitingFor = listNames(proposal.awaiting.map((id) => nameInSentence(view, id)));
  const isMoreTime = proposal.kind === "more-time";

  async function answer(accept: boolean) {
    setIsSending(true);
    setProblem(null);
    const ack = await send("pause:answer", { proposalId: proposal.id, accept });
    setIsSending(false);
    if (!ack.ok) setProblem(ack.error.message);
  }

  const headline = isMine
    ? isMoreTime
      ? `You asked for more time: back ${when}.`
      : `You proposed ${time} instead.`
    : isMoreTime
      ? `${nameOf(view, proposal.by)} asks for more time: back ${when}.`
      : `${nameOf(view, proposal.by)} proposes ${time} instead.`;

  return (
    <div className="return-proposal" data-testid="return-proposal">
      <p className="proposal-headline">
        <time dateTime={proposal.returnAt}>{headline}</time>
      </p>
      {proposal.note && <p className="pause-note small">“{proposal.note}”</p>}
      {isAskingMe ? (
        <div className="row">
          <button type="button" className="button" onClick={() => void answer(true)} disabled={isSending}>
            Accept
          </button>
          <button type="button" className="button quiet" onClick={() => void answer(false)} disabled={isSending}>
            {isMoreTime ? "Continue now" : "Keep the original time"}
          </button>
        </div>
      ) : (
        <p className="muted small">Waiting for {waitingFor} to answer.</p>
      )}
      <ProblemNotice problem={problem} />
    </div>
  );
}
