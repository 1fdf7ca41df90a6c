import { DateTime } from "luxon";
import { writeCalendar } from "./ics-writer";

/**
 * An .ics file for coming back to the conversation, written in the viewer's own zone
 * with its TZID and VTIMEZONE (ics-writer.ts).
 */
export type TReturnEvent = {
  /** Stable per pause, so importing again after a change updates the same event. */
  uid: string;
  /** Grows with every change of the return time (RFC 5545 SEQUENCE). */
  sequence: number;
  returnAt: string;
  timeZone: string;
  /** The space's address (`/s/<spaceId>`), never anyone's personal link. */
  url: string;
  title: string;
  description: string;
  /** When the file is made (DTSTAMP). */
  now: string;
  durationMinutes?: number;
};

/** The return time as a calendar event in the viewer's zone, with a reminder five minutes before. */
export function buildReturnEvent(event: TReturnEvent): string {
  const start = DateTime.fromISO(event.returnAt);
  return writeCalendar({
    prodId: "-//Breathing Room//Pause and resume//EN",
    timeZone: event.timeZone,
    now: event.now,
    events: [
      {
        uid: event.uid,
        sequence: event.sequence,
        start: { kind: "zoned", at: start },
        end: { kind: "zoned", at: start.plus({ minutes: event.durationMinutes ?? 30 }) },
        summary: event.title,
        description: event.description,
        url: event.url,
        alarms: [{ trigger: "-PT5M", description: event.title }],
      },
    ],
  });
}
