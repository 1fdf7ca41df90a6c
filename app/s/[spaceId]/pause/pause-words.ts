import type { TPauseTimelineEntry } from "../../../../core/negotiation/pauses";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { clockTime } from "../../../../core/time/viewer-time";

/**
 * A resume is news for about an hour; after that a greeting would no longer be true ("Welcome
 * back" weeks later), so the resume is history: the timeline keeps it, with its date.
 */
export const RESUME_IS_NEWS_FOR_MS = 60 * 60_000;

/**
 * The note's heading right after a pause ends, on the viewer's clock: "Resumed by itself at
 * 20:00", "Ben resumed early at 08:28". Null while paused, and once the resume is history.
 */
export function resumedHeading(view: TSpaceView, now: number, timeZone: string): string | null {
  const resumed = view.pause.lastResume;
  if (!resumed || view.pause.current) return null;
  if (now - Date.parse(resumed.at) > RESUME_IS_NEWS_FOR_MS) return null;
  const at = clockTime(resumed.at, timeZone);
  if (resumed.how === "return-time") return `Resumed by itself at ${at}`;
  const resumedBy = view.pause.timeline.findLast((e) => e.kind === "resumed-early")?.by ?? null;
  return `${nameOf(view, resumedBy)} resumed early at ${at}`;
}

/** "You" for the viewer, the first name for anyone else. */
export function nameOf(view: TSpaceView, participantId: string | null): string {
  if (!participantId) return "Someone";
  if (participantId === view.me.id) return "You";
  return view.participants.find((p) => p.id === participantId)?.name ?? "Someone";
}

/** The same, inside a sentence ("waiting for you"). */
export function nameInSentence(view: TSpaceView, participantId: string): string {
  return participantId === view.me.id ? "you" : nameOf(view, participantId);
}

/** "Ana", "Ana and Ben". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * Every line of the pause history. A proposal made while not paused is a request for
 * more time right after a resume, which reads differently from a change of time.
 */
export function describeTimeline(view: TSpaceView, timeline: readonly TPauseTimelineEntry[], timeZone: string): string[] {
  let isPaused = false;
  return timeline.map((entry) => {
    const words = describeEntry(view, entry, timeZone, isPaused);
    if (entry.kind === "paused") isPaused = true;
    if (entry.kind === "resumed" || entry.kind === "resumed-early") isPaused = false;
    return words;
  });
}

/** One line of the pause history, as the viewer reads it: names, and times on their own clock. */
export function describeEntry(view: TSpaceView, entry: TPauseTimelineEntry, timeZone: string, isPaused = true): string {
  const who = nameOf(view, entry.by);
  const at = entry.returnAt ? clockTime(entry.returnAt, timeZone) : "";
  switch (entry.kind) {
    case "paused":
      return `${who} paused the conversation until ${at}.`;
    case "proposed":
      return isPaused ? `${who} proposed ${at} instead.` : `${who} asked for more time, until ${at}.`;
    case "accepted":
      return `${who} accepted ${at}.`;
    case "declined":
      return `${who} kept the time as it was.`;
    case "changed":
      return `The return time is now ${at}.`;
    case "resumed-early":
      return `${who} resumed the conversation early.`;
    case "resumed":
      return "The conversation resumed by itself at the agreed time.";
  }
}
