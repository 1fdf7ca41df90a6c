"use client";

import { useState } from "react";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { shortMoment } from "../../../../core/time/viewer-time";
import { describeTimeline } from "./pause-words";
import { useServerNow, viewerTimeZone } from "./use-server-now";

/** Every pause, change and resume in this space, on the viewer's own clock. */
export function PauseTimeline({ view }: { view: TSpaceView }) {
  const { now } = useServerNow(view.sentAt, 60_000);
  const [timeZone] = useState(viewerTimeZone);
  const timeline = view.pause.timeline;
  if (timeline.length === 0) return null;
  const nowIso = new Date(now).toISOString();
  const words = describeTimeline(view, timeline, timeZone);
  return (
    <section className="card pause-timeline" aria-labelledby="pause-timeline-heading" data-testid="pause-timeline">
      <h2 id="pause-timeline-heading">Breaks so far</h2>
      <ol>
        {timeline.map((entry, i) => (
          <li key={i} className={`timeline-entry ${entry.kind}`}>
            <time dateTime={entry.at}>{shortMoment(entry.at, timeZone, nowIso)}</time>
            <span>
              {words[i]}
              {entry.note && <span className="timeline-note"> “{entry.note}”</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
