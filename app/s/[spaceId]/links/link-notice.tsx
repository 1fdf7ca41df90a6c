"use client";

import { useState } from "react";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { shortMoment } from "../../../../core/time/viewer-time";
import { ProblemNotice } from "../../../components/problem-notice";
import { nameOf } from "../pause/pause-words";
import { useServerNow, viewerTimeZone } from "../pause/use-server-now";
import type { TSend } from "../use-space-connection";

/**
 * KEY2: someone else made this person a new link. They are told once, on whichever device
 * they come back on, until they say they have seen it.
 */
export function LinkNotice({ view, send }: { view: TSpaceView; send: TSend }) {
  const { now } = useServerNow(view.sentAt, 60_000);
  const [timeZone] = useState(viewerTimeZone);
  const [problem, setProblem] = useState<string | null>(null);
  const notice = view.myLinkNotice;
  if (!notice) return null;
  const by = notice.by ? nameOf(view, notice.by) : "Breathing Room";
  const when = shortMoment(notice.at, timeZone, new Date(now).toISOString());
  // shortMoment gives a bare time for today and a date with a comma for earlier days.
  const at = when.includes(",") ? `on ${when}` : `at ${when}`;

  async function acknowledge() {
    const ack = await send("link:acknowledge", {});
    setProblem(ack.ok ? null : ack.error.message);
  }

  return (
    <section className="card notice-card" aria-labelledby="link-notice-heading" data-testid="link-notice">
      <h2 id="link-notice-heading">You have a new link</h2>
      <p>
        {by} made you a new personal link <time dateTime={notice.at}>{at}</time>, so the link you had before no longer works. Keep the new
        one: it is how you get back in.
      </p>
      <button type="button" className="button small" onClick={acknowledge}>
        Got it
      </button>
      <ProblemNotice problem={problem} />
    </section>
  );
}
