"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { TPause } from "../../../../core/negotiation/pauses";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { formatCountdown, spokenRemaining } from "../../../../core/time/countdown";
import { describeReturnTime, zoneLabel } from "../../../../core/time/viewer-time";
import type { TSend } from "../use-space-connection";
import { CalmIdeas } from "./calm-ideas";
import { nameOf } from "./pause-words";
import { ReturnProposal } from "./return-proposal";
import { ProblemNotice } from "../../../components/problem-notice";

/** The calendar file is written with time-zone tables of its own: loaded only while paused. */
const AddToCalendar = dynamic(() => import("./add-to-calendar").then((m) => m.AddToCalendar));

/**
 * What everyone sees while paused (PAU2): who paused and their words, when the
 * conversation comes back on the viewer's own clock, and a countdown by the server's clock.
 */
export function PausedPanel({
  view,
  pause,
  send,
  now,
  serverNow,
  timeZone,
  onPropose,
}: {
  view: TSpaceView;
  pause: TPause;
  send: TSend;
  now: number;
  serverNow: () => number;
  timeZone: string;
  onPropose: () => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [isResuming, setIsResuming] = useState(false);
  const isMine = pause.by === view.me.id;
  const remaining = Date.parse(pause.returnAt) - now;
  const nowIso = new Date(now).toISOString();
  const proposal = view.pause.proposal;
  const lastEntry = view.pause.timeline.at(-1);

  async function resume() {
    setIsResuming(true);
    setProblem(null);
    const ack = await send("pause:resume", {});
    setIsResuming(false);
    if (!ack.ok) setProblem(ack.error.message);
  }

  return (
    <section id="pause" className="card paused-panel" aria-labelledby="paused-heading" tabIndex={-1} data-testid="paused-panel">
      <p className="eyebrow">Paused</p>
      <h2 id="paused-heading">{isMine ? "You paused the conversation" : `${nameOf(view, pause.by)} paused the conversation`}</h2>
      {pause.note && (
        <blockquote className="pause-note" data-testid="pause-note">
          “{pause.note}”
        </blockquote>
      )}
      <p className="return-at">
        Back{" "}
        <time dateTime={pause.returnAt} data-testid="return-time">
          {describeReturnTime(pause.returnAt, timeZone, nowIso)}
        </time>{" "}
        <span className="muted small">({zoneLabel(timeZone)})</span>
      </p>
      <p className="countdown" role="timer" aria-live="off">
        <span className="countdown-figure" data-testid="countdown">
          {remaining > 0 ? formatCountdown(remaining) : "Any moment now"}
        </span>
        {remaining > 0 && <span className="countdown-caption">left</span>}
      </p>
      <CountdownAnnouncer words={spokenRemaining(remaining)} />
      <p className="muted small">
        Nothing in the conversation can change until then. Anything you write privately still saves as a draft.
      </p>

      {proposal && proposal.kind === "change" && (
        <ReturnProposal view={view} proposal={proposal} send={send} timeZone={timeZone} now={nowIso} />
      )}
      {!proposal && lastEntry?.kind === "declined" && (
        <p className="muted small" data-testid="proposal-declined">
          {nameOf(view, lastEntry.by)} {lastEntry.by === view.me.id ? "kept" : "would rather keep"} the time as it was.
        </p>
      )}

      <div className="pause-actions">
        {isMine && (
          <button type="button" className="button" onClick={() => void resume()} disabled={isResuming}>
            {isResuming ? "Resuming…" : "Resume now"}
          </button>
        )}
        {!proposal && (
          <button type="button" className="button quiet" onClick={onPropose} aria-haspopup="dialog">
            Propose a different time
          </button>
        )}
        <AddToCalendar view={view} pause={pause} timeZone={timeZone} serverNow={serverNow} />
      </div>
      <ProblemNotice problem={problem} />
      <CalmIdeas />
    </section>
  );
}

/** Speaks the time left only when its coarse words change (every few minutes), never every second. */
function CountdownAnnouncer({ words }: { words: string }) {
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {words}
    </p>
  );
}
