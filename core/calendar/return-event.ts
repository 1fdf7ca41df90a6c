import { DateTime, IANAZone } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";

/**
 * An .ics file for coming back to the conversation. Calendar files in the wrong zone or
 * none are a known failure of scheduling tools (DESIGN.md), so the event is written in
 * the viewer's own zone with its TZID and the VTIMEZONE that defines it; only a zone the
 * VTIMEZONE source doesn't know falls back to UTC, which is still the right instant.
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

const CRLF = "\r\n";

export function buildReturnEvent(event: TReturnEvent): string {
  const start = DateTime.fromISO(event.returnAt);
  const zone = IANAZone.isValidZone(event.timeZone) ? vtimezoneOf(event.timeZone) : null;
  const dtStart = zone
    ? `DTSTART;TZID=${zone.tzid}:${start.setZone(event.timeZone).toFormat("yyyyMMdd'T'HHmmss")}`
    : `DTSTART:${utcStamp(start)}`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Breathing Room//Pause and resume//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(zone ? zone.block : []),
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(DateTime.fromISO(event.now))}`,
    dtStart,
    `DURATION:PT${event.durationMinutes ?? 30}M`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${event.url}`,
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:-PT5M",
    `DESCRIPTION:${escapeText(event.title)}`,
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function vtimezoneOf(timeZone: string): { tzid: string; block: string[] } | null {
  const found = tzlib_get_ical_block(timeZone);
  if (!Array.isArray(found) || !found[0] || !found[1]) return null;
  // The library may name an alias by its canonical zone (UTC is Etc/UTC): use its TZID.
  const tzid = found[1].replace(/^TZID=/, "");
  return { tzid, block: found[0].split(/\r?\n/).filter((line) => line.length > 0) };
}

function utcStamp(at: DateTime): string {
  return at.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
}

/** RFC 5545 TEXT: backslash, semicolon, comma and newline are escaped. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Lines longer than 75 octets are folded: CRLF and a space, never inside a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}
