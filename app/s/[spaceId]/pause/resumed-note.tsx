"use client";

import type { TSpaceView } from "../../../../core/negotiation/view";
import { clockTime } from "../../../../core/time/viewer-time";
import type { TSend } from "../use-space-connection";
import { nameOf } from "./pause-words";
import { ReturnProposal } from "./return-proposal";

/** Someone not ready at the return time may ask for more time, within this long (as the server allows). */
const MORE_TIME_WINDOW_MS = 60 * 60_000;
/**
 * A resume is news for about an hour; after that a greeting would no longer be true ("Welcome
 * back" weeks later), so the resume is history: the timeline keeps it, with its date.
 */
const SHOW_FOR_MS = 60 * 60_000;

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
  if (!resumed || view.pause.current) return null;
  const sinceResume = now - Date.parse(resumed.at);
  if (sinceResume > SHOW_FOR_MS) return null;
  const byItself = resumed.how === "return-time";
  const resumedBy = view.pause.timeline.findLast((e) => e.kind === "resumed-early")?.by ?? null;
  const at = clockTime(resumed.at, timeZone);
  const canAskForMoreTime = byItself && sinceResume <= MORE_TIME_WINDOW_MS && !proposal;

  return (
    <section id="pause" className="card resumed-note" aria-labelledby="resumed-heading" tabIndex={-1} data-testid="resumed-note">
      <h2 id="resumed-heading">
        <time dateTime={resumed.at}>{byItself ? `Resumed by itself at ${at}` : `${nameOf(view, resumedBy)} resumed early at ${at}`}</time>
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
