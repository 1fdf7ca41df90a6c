import { DateTime, IANAZone } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";

/**
 * The one iCalendar (RFC 5545) writer: the pause's return event in the browser and the
 * agreed week's calendar on the server both go through it. Calendar files in the wrong
 * zone or none are a known failure of scheduling tools (DESIGN.md), so a timed event is
 * written as wall-clock time with its TZID, and the file carries the VTIMEZONE that
 * defines it (timezones-ical-library); only a zone that library doesn't know falls back
 * to UTC, which is still the right instant. Every file it writes is parsed in the tests
 * by ical.js.
 */
export type TIcsTime =
  /** An instant, written as wall-clock time in the calendar's zone with its TZID. */
  | { kind: "zoned"; at: DateTime }
  /** A whole day, as a calendar date (all-day events). */
  | { kind: "date"; date: string };

export type TIcsAlarm = {
  /** An RFC 5545 duration relative to the start: "-PT5M" is five minutes before, "PT9H" nine hours after. */
  trigger: string;
  description: string;
};

export type TIcsEvent = {
  uid: string;
  /** Grows with every change of the event, so a calendar that has it takes the newer one. */
  sequence: number;
  start: TIcsTime;
  end: TIcsTime;
  /** Weekly from the start, until an instant (exclusive) or for ever. */
  weekly?: { until: string | null };
  summary: string;
  description: string;
  url: string;
  alarms?: TIcsAlarm[];
};

export type TIcsCalendar = {
  prodId: string;
  /** The calendar's own name in apps that subscribe to it (X-WR-CALNAME). */
  name?: string;
  /** The zone the events are written in. */
  timeZone: string;
  /** For subscriptions: how often apps should fetch it again (an RFC 5545 duration). */
  refreshInterval?: string;
  /** When the file is made (DTSTAMP). */
  now: string;
  events: TIcsEvent[];
};

const CRLF = "\r\n";

export function writeCalendar(calendar: TIcsCalendar): string {
  const zone = IANAZone.isValidZone(calendar.timeZone) ? vtimezoneOf(calendar.timeZone) : null;
  const stamp = utcStamp(DateTime.fromISO(calendar.now));
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.prodId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(calendar.name ? [`X-WR-CALNAME:${escapeText(calendar.name)}`] : []),
    ...(zone ? [`X-WR-TIMEZONE:${zone.tzid}`] : []),
    ...(calendar.refreshInterval
      ? [`REFRESH-INTERVAL;VALUE=DURATION:${calendar.refreshInterval}`, `X-PUBLISHED-TTL:${calendar.refreshInterval}`]
      : []),
    ...(zone && calendar.events.some((e) => e.start.kind === "zoned") ? zone.block : []),
    ...calendar.events.flatMap((event) => eventLines(event, stamp, zone ? { tzid: zone.tzid, timeZone: calendar.timeZone } : null)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

type TWrittenZone = { tzid: string; timeZone: string } | null;

function eventLines(event: TIcsEvent, stamp: string, zone: TWrittenZone): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${stamp}`,
    timeLine("DTSTART", event.start, zone),
    timeLine("DTEND", event.end, zone),
    // With a TZID start, UNTIL must be in UTC (RFC 5545 3.3.10); it is inclusive, so one second less.
    ...(event.weekly
      ? [`RRULE:FREQ=WEEKLY${event.weekly.until ? `;UNTIL=${utcStamp(DateTime.fromISO(event.weekly.until).minus({ seconds: 1 }))}` : ""}`]
      : []),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${event.url}`,
    ...(event.alarms ?? []).flatMap((alarm) => [
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `TRIGGER:${alarm.trigger}`,
      `DESCRIPTION:${escapeText(alarm.description)}`,
      "END:VALARM",
    ]),
    "END:VEVENT",
  ];
}

function timeLine(name: string, time: TIcsTime, zone: TWrittenZone): string {
  if (time.kind === "date") return `${name};VALUE=DATE:${time.date.replaceAll("-", "")}`;
  if (!zone) return `${name}:${utcStamp(time.at)}`;
  return `${name};TZID=${zone.tzid}:${time.at.setZone(zone.timeZone).toFormat("yyyyMMdd'T'HHmmss")}`;
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
