import ICAL from "ical.js";

export type TReadEvent = {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  url: string;
  tzid: string | null;
  isAllDay: boolean;
  rrule: string | null;
  alarms: string[];
  /** Occurrences as instants (ISO, UTC) between the two given, expanded by ical.js with the file's own VTIMEZONE. */
  occurrences: (from: string, to: string) => { start: string; end: string }[];
};

/**
 * Reads an .ics as a calendar app does, with ical.js (Mozilla's iCalendar library):
 * parse, register the file's own VTIMEZONEs, expand recurrences. Tests read every
 * file they make through this, so a file that only looks right fails.
 */
export function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents("vtimezone").map((zone) => new ICAL.Timezone(zone));
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events: TReadEvent[] = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const start = component.getFirstProperty("dtstart")!;
    const rrule = component.getFirstPropertyValue("rrule");
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      description: event.description,
      url: String(component.getFirstPropertyValue("url") ?? ""),
      tzid: (start.getParameter("tzid") as string | undefined) ?? null,
      isAllDay: event.startDate.isDate,
      rrule: rrule ? rrule.toString() : null,
      alarms: component.getAllSubcomponents("valarm").map((alarm) => String(alarm.getFirstPropertyValue("trigger"))),
      occurrences: (from, to) => {
        const until = ICAL.Time.fromJSDate(new Date(to), true);
        const after = Date.parse(from);
        const found: { start: string; end: string }[] = [];
        const iterator = event.iterator();
        for (let next = iterator.next(); next && next.compare(until) < 0; next = iterator.next()) {
          const details = event.getOccurrenceDetails(next);
          const startAt = details.startDate.toJSDate();
          if (startAt.getTime() >= after) found.push({ start: startAt.toISOString(), end: details.endDate.toJSDate().toISOString() });
          if (found.length > 500) break;
        }
        return found;
      },
    };
  });
  return {
    name: String(calendar.getFirstPropertyValue("x-wr-calname") ?? ""),
    zones: zones.map((z) => z.tzid),
    events,
    eventNamed: (summary: string) => {
      const event = events.find((e) => e.summary === summary);
      if (!event) throw new Error(`no event “${summary}” in ${events.map((e) => e.summary).join(", ")}`);
      return event;
    },
  };
}
