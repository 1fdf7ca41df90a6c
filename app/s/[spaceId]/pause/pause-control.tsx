"use client";

import { useState } from "react";
import { isConversationOpen } from "../../../../core/negotiation/conversation";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { clockTime } from "../../../../core/time/viewer-time";
import { viewerTimeZone } from "./use-server-now";

/**
 * Always within reach while the conversation goes on, for everyone: a quiet Pause button
 * at the end of the presence bar. While paused it says until when, and leads to the
 * details. After the agreement there is nothing to pause (PAU7), so it is not offered.
 */
export function PauseControl({ view, onPause }: { view: TSpaceView; onPause: () => void }) {
  const [timeZone] = useState(viewerTimeZone);
  const pause = view.pause.current;
  if (!pause && !isConversationOpen(view.phase, view.checkIn.current !== null)) return null;
  return pause ? (
    <a className="pause-pill paused" href="#pause">
      <span className="pause-icon" aria-hidden="true" />
      Paused · back at {clockTime(pause.returnAt, timeZone)}
    </a>
  ) : (
    <button type="button" className="pause-pill" onClick={onPause} aria-haspopup="dialog">
      <span className="pause-icon" aria-hidden="true" />
      Pause
    </button>
  );
}
