"use client";

import dynamic from "next/dynamic";
import type { TSpaceView } from "../../../../core/negotiation/view";
import type { TSend } from "../use-space-connection";
import { resumedHeading } from "./pause-words";

/** A request for more time, shown only when someone makes one. */
const ReturnProposal = dynamic(() => import("./return-proposal").then((m) => m.ReturnProposal));

/** Someone not ready at the return time may ask for more time, within this long (as the server allows). */
const MORE_TIME_WINDOW_MS = 60 * 60_000;

/**
 * After a pause: "Resumed by itself at 20:00", also for someone who arrives later. Right
 * after an automatic resume, anyone not ready yet can ask for more time (needs consent).
 */
export function ResumedNote({
  view,
  send,
  now,
  timeZone,
  onAskForMoreTime,
}: {
  view: TSpaceView;
  send: TSend;
  now: number;
  timeZone: string;
  onAskForMoreTime: () => void;
}) {
  const resumed = view.pause.lastResume;
  const proposal = view.pause.proposal;
  const heading = resumedHeading(view, now, timeZone);
  if (!resumed || !heading) return null;
  const sinceResume = now - Date.parse(resumed.at);
  const canAskForMoreTime = resumed.how === "return-time" && sinceResume <= MORE_TIME_WINDOW_MS && !proposal;

  return (
    <section id="pause" className="card resumed-note" aria-labelledby="resumed-heading" tabIndex={-1} data-testid="resumed-note">
      <h2 id="resumed-heading">
        <time dateTime={resumed.at}>{heading}</time>
      </h2>
      <p className="muted">Welcome back. Go gently: start with something you appreciate, and take turns.</p>
      {proposal?.kind === "more-time" && (
        <ReturnProposal view={view} proposal={proposal} send={send} timeZone={timeZone} now={new Date(now).toISOString()} />
      )}
      {canAskForMoreTime && (
        <>
          <p className="muted small">Not ready yet? That’s okay: you can ask for more time.</p>
          <button type="button" className="button quiet" onClick={onAskForMoreTime} aria-haspopup="dialog">
            Ask for more time
          </button>
        </>
      )}
    </section>
  );
}
