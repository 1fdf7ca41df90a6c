"use client";

import { useState } from "react";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { shortMoment } from "../../../../core/time/viewer-time";
import { useServerNow, viewerTimeZone } from "../pause/use-server-now";
import { timelineEntriesOf } from "./timeline-entries";

/** How many lines show before "Show all": the latest matter most, the rest are a tap away. */
const FIRST_LINES = 8;

/** The space's story, newest first, each line with its date on the viewer's own clock (HIS1). */
export function SpaceTimeline({ view }: { view: TSpaceView }) {
  const { now } = useServerNow(view.sentAt, 60_000);
  const [timeZone] = useState(viewerTimeZone);
  const [isShowingAll, setIsShowingAll] = useState(false);
  const entries = timelineEntriesOf(view, timeZone);
  if (entries.length === 0) return null;
  const nowIso = new Date(now).toISOString();
  const shown = isShowingAll ? entries : entries.slice(0, FIRST_LINES);
  return (
    <section className="card space-timeline" aria-labelledby="space-timeline-heading" data-testid="space-timeline">
      <h2 id="space-timeline-heading">What has happened</h2>
      <ol>
        {shown.map((entry, i) => (
          <li key={i} className="timeline-entry" data-kind={entry.kind}>
            <time dateTime={entry.at}>{shortMoment(entry.at, timeZone, nowIso)}</time>{" "}
            <span>
              {entry.words}
              {entry.note && <span className="timeline-note"> “{entry.note}”</span>}
            </span>
          </li>
        ))}
      </ol>
      {entries.length > FIRST_LINES && (
        <button type="button" className="button quiet small" aria-expanded={isShowingAll} onClick={() => setIsShowingAll(!isShowingAll)}>
          {isShowingAll ? "Show only the latest" : `Show all ${entries.length}`}
        </button>
      )}
      <p className="small">
        {view.me.role === "counsellor" ? (
          <a href={`/workspace/summary/${view.spaceId}`}>Their session summary, with your notes</a>
        ) : (
          <a href={`/s/${view.spaceId}/summary`}>A printable summary of your sessions</a>
        )}
      </p>
    </section>
  );
}
