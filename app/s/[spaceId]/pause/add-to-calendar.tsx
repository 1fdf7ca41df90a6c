"use client";

import type { TPause } from "../../../../core/negotiation/pauses";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { buildReturnEvent } from "../../../../core/calendar/return-event";

/**
 * Downloads an .ics for the return time, made here in the browser in the viewer's own
 * zone. It links to the space (`/s/<spaceId>`), never to anyone's personal link: the
 * file may be shared with a calendar, a partner, or an assistant.
 */
export function AddToCalendar({ view, pause, timeZone, serverNow }: { view: TSpaceView; pause: TPause; timeZone: string; serverNow: () => number }) {
  function download() {
    const pauserName = view.participants.find((p) => p.id === pause.by)?.name ?? "Someone";
    const url = `${window.location.origin}/s/${view.spaceId}`;
    const ics = buildReturnEvent({
      uid: `pause-${view.spaceId}-${pause.id}@breathing-room`,
      sequence: changesSince(view, pause),
      returnAt: pause.returnAt,
      timeZone,
      url,
      title: "Back to our conversation — Breathing Room",
      description: [`${pauserName} paused the conversation.`, pause.note && `“${pause.note}”`, `Come back here: ${url}`]
        .filter(Boolean)
        .join("\n"),
      now: new Date(serverNow()).toISOString(),
    });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));
    link.download = "back-to-our-conversation.ics";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  return (
    <button type="button" className="button quiet" onClick={download}>
      Add to calendar
    </button>
  );
}

/** How often this pause's return time changed: the calendar event's SEQUENCE. */
function changesSince(view: TSpaceView, pause: TPause): number {
  const sinceStart = view.pause.timeline.filter((entry) => entry.at >= pause.startedAt);
  return sinceStart.filter((entry) => entry.kind === "changed").length;
}
