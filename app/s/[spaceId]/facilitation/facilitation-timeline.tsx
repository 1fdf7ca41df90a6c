"use client";

import { useState } from "react";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { shortMoment } from "../../../../core/time/viewer-time";
import { useServerNow, viewerTimeZone } from "../pause/use-server-now";
import { STEP_NAMES } from "./facilitation-words";

/** The counsellor's part of the space's story: who guides it, prompts, holds and releases. */
export function FacilitationTimeline({ view }: { view: TSpaceView }) {
  const { now } = useServerNow(view.sentAt, 60_000);
  const [timeZone] = useState(viewerTimeZone);
  const nameOf = (id: string | null) => view.participants.find((p) => p.id === id)?.name ?? (id === view.me.id ? "You" : "Someone");
  const entries = [
    ...view.timeline.counsellor.map((e) => ({
      at: e.at,
      words: {
        "invite-proposed": `${nameOf(e.by)} proposed inviting ${e.name} as counsellor`,
        "invite-declined": `The invitation to ${e.name} was declined`,
        invited: `${e.name} was invited as your counsellor, with both partners’ agreement`,
        linked: `${e.name} joined from their workspace`,
        removed: `${nameOf(e.by)} removed ${e.name} as counsellor`,
      }[e.kind],
    })),
    ...view.timeline.facilitation
      .filter((e) => e.kind === "prompt" || e.kind === "held" || e.kind === "released")
      .map((e) => ({
        at: e.at,
        words:
          e.kind === "prompt"
            ? `Prompt: “${e.text}”`
            : `${e.kind === "held" ? "Held" : "Released"}: ${e.step ? STEP_NAMES[e.step] : ""}`,
      })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (entries.length === 0) return null;
  const nowIso = new Date(now).toISOString();
  return (
    <section className="card" aria-labelledby="guidance-timeline-heading" data-testid="guidance-timeline">
      <h2 id="guidance-timeline-heading">Guidance so far</h2>
      <ol className="plain-timeline">
        {entries.map((entry, i) => (
          <li key={i}>
            <time dateTime={entry.at}>{shortMoment(entry.at, timeZone, nowIso)}</time> <span>{entry.words}</span>
          </li>
        ))}
      </ol>
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
