"use client";

import { useEffect, useRef, useState } from "react";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { describeTimeline } from "./pause-words";

/**
 * One live region, present from the start, that says what just happened to the pause:
 * paused, a proposal, an answer, a resume (a region inserted with its text is often missed).
 */
export function PauseAnnouncer({ view, timeZone }: { view: TSpaceView; timeZone: string }) {
  const seen = useRef(view.pause.timeline.length);
  const [message, setMessage] = useState("");
  const timeline = view.pause.timeline;
  useEffect(() => {
    if (timeline.length > seen.current) {
      setMessage(describeTimeline(view, timeline, timeZone).slice(seen.current).join(" "));
    }
    seen.current = timeline.length;
  }, [timeline, view, timeZone]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="pause-announcer">
      {message}
    </p>
  );
}
