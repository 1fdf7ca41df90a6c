"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { clockTime } from "../../../../core/time/viewer-time";
import type { TSend } from "../use-space-connection";
import { PauseAnnouncer } from "./pause-announcer";
import type { TPauseDialogMode } from "./pause-dialog";
import { listNames, nameOf } from "./pause-words";
import { ResumedNote } from "./resumed-note";
import { useServerNow, viewerTimeZone } from "./use-server-now";

/** The dialog (and the date handling it needs to read a typed time) loads when someone opens it. */
const PauseDialog = dynamic(() => import("./pause-dialog").then((m) => m.PauseDialog));
/** What shows while paused (the countdown, calm ideas, the calendar file) loads with a pause. */
const PausedPanel = dynamic(() => import("./paused-panel").then((m) => m.PausedPanel));

/**
 * Pause and resume, in every phase of the conversation: the dialog, what everyone sees while
 * paused and right after. Everything shown comes from the view; the client keeps only
 * which dialog is open.
 */
export function PauseArea({
  view,
  send,
  dialog,
  setDialog,
}: {
  view: TSpaceView;
  send: TSend;
  /** Which dialog is open; the Pause button that opens one lives in the presence bar. */
  dialog: TPauseDialogMode | null;
  setDialog: (dialog: TPauseDialogMode | null) => void;
}) {
  const pause = view.pause.current;
  const resumed = view.pause.lastResume;
  // Tick each second while a countdown shows; otherwise once a minute is enough.
  const { now, serverNow } = useServerNow(view.sentAt, pause ? 1_000 : 60_000);
  const [timeZone] = useState(viewerTimeZone);
  useFocusAfterResume(pause?.id ?? null);

  const others = view.participants.filter((p) => p.role !== "counsellor" && p.id !== view.me.id).map((p) => p.name);
  const consent = listNames(others);
  const intro: Record<TPauseDialogMode, string> = {
    pause:
      "It’s fine to stop when things get heated, as long as you say when you’ll come back. At least 20 minutes helps a body settle; usually no longer than a day.",
    change: pause
      ? `${nameOf(view, pause.by)} paused until ${clockTime(pause.returnAt, timeZone)}. A different time takes effect once ${consent} ${others.length > 1 ? "agree" : "agrees"}.`
      : "",
    "more-time": `Not ready yet? That’s okay. The conversation pauses again once ${consent} ${others.length > 1 ? "agree" : "agrees"}.`,
  };

  return (
    <>
      <PauseAnnouncer view={view} timeZone={timeZone} />
      {pause ? (
        <PausedPanel
          view={view}
          pause={pause}
          send={send}
          now={now}
          serverNow={serverNow}
          timeZone={timeZone}
          onPropose={() => setDialog("change")}
        />
      ) : (
        resumed && <ResumedNote view={view} send={send} now={now} timeZone={timeZone} onAskForMoreTime={() => setDialog("more-time")} />
      )}
      {dialog && (
        <PauseDialog
          key={dialog}
          mode={dialog}
          intro={intro[dialog]}
          send={send}
          serverNow={serverNow}
          timeZone={timeZone}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}

/**
 * When a pause ends, the panel someone was in goes away; focus would fall to the page's
 * start. Move it to the note that says the conversation resumed instead.
 */
function useFocusAfterResume(pauseId: string | null) {
  const previous = useRef(pauseId);
  useEffect(() => {
    const hasEnded = previous.current !== null && pauseId === null;
    previous.current = pauseId;
    if (hasEnded && (document.activeElement === document.body || document.activeElement === null)) {
      document.getElementById("pause")?.focus();
    }
  }, [pauseId]);
}
