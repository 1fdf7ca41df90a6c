import { describe, expect, it } from "vitest";
import { foldLine } from "./ics-writer";
import { buildReturnEvent, type TReturnEvent } from "./return-event";
import { readCalendar } from "./testing/read-calendar";

const anEvent = (overrides: Partial<TReturnEvent> = {}): TReturnEvent => ({
  uid: "pause-0b7c-12@breathing-room",
  sequence: 0,
  returnAt: "2026-11-26T19:15:00.000Z",
  timeZone: "Europe/Berlin",
  url: "https://breathing-room.example/s/0b7c2a52-6f5e-4b55-9a43-6a2f9c1d2e3f",
  title: "Back to our conversation — Breathing Room",
  description: "Ana paused: “I need to clear my head; back soon, promise”",
  now: "2026-11-26T18:55:00.000Z",
  ...overrides,
});

/** Unfolds and splits an .ics into properties, as a calendar reads it. */
function parse(ics: string) {
  expect(ics.endsWith("\r\n")).toBe(true);
  const lines = ics.replace(/\r\n /g, "").split("\r\n").filter(Boolean);
  const blocks: string[] = [];
  const props = new Map<string, { params: string; value: string }[]>();
  for (const line of lines) {
    const [head, ...rest] = line.split(":");
    const [name, ...params] = head!.split(";");
    if (name === "BEGIN") blocks.push(rest.join(":"));
    const list = props.get(name!) ?? [];
    list.push({ params: params.join(";"), value: rest.join(":") });
    props.set(name!, list);
  }
  return { lines, blocks, prop: (name: string) => props.get(name) ?? [] };
}

describe("the return-time calendar file", () => {
  it("starts at the return time in the viewer's zone, with its TZID and a VTIMEZONE that defines it", () => {
    const ics = parse(buildReturnEvent(anEvent()));
    expect(ics.blocks).toEqual(["VCALENDAR", "VTIMEZONE", "DAYLIGHT", "STANDARD", "VEVENT", "VALARM"]);
    expect(ics.prop("TZID")[0]!.value).toBe("Europe/Berlin");
    expect(ics.prop("DTSTART").find((p) => p.params)).toEqual({ params: "TZID=Europe/Berlin", value: "20261126T201500" });
    expect(ics.prop("DTSTAMP")[0]!.value).toBe("20261126T185500Z");
  });

  it("reads back, in a real calendar library, as the return instant with a reminder five minutes before", () => {
    for (const timeZone of ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC"]) {
      const [event] = readCalendar(buildReturnEvent(anEvent({ timeZone, returnAt: "2026-03-29T08:00:00Z" }))).events;
      expect(event!.occurrences("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z")).toEqual([
        { start: "2026-03-29T08:00:00.000Z", end: "2026-03-29T08:30:00.000Z" },
      ]);
      expect(event!.alarms).toEqual(["-PT5M"]);
    }
  });

  it("writes the same instant as New York wall-clock time for a viewer there", () => {
    const ics = parse(buildReturnEvent(anEvent({ timeZone: "America/New_York" })));
    expect(ics.prop("DTSTART").find((p) => p.params)).toEqual({ params: "TZID=America/New_York", value: "20261126T141500" });
    expect(ics.prop("TZID")[0]!.value).toBe("America/New_York");
  });

  it("keeps the wall-clock time right across a daylight-saving change", () => {
    // 29 March 2026, the first day of summer time in Berlin: 08:00 UTC is 10:00 there.
    const ics = parse(buildReturnEvent(anEvent({ returnAt: "2026-03-29T08:00:00Z" })));
    expect(ics.prop("DTSTART").find((p) => p.params)!.value).toBe("20260329T100000");
  });

  it("has a UID that is the same for the same pause and a sequence that grows with changes", () => {
    const first = parse(buildReturnEvent(anEvent()));
    const changed = parse(buildReturnEvent(anEvent({ returnAt: "2026-11-26T18:45:00Z", sequence: 1, now: "2026-11-26T19:00:00Z" })));
    expect(first.prop("UID")[0]!.value).toBe("pause-0b7c-12@breathing-room");
    expect(changed.prop("UID")[0]!.value).toBe(first.prop("UID")[0]!.value);
    expect(changed.prop("SEQUENCE")[0]!.value).toBe("1");
  });

  it("has a sensible title, the space link and the pauser's words, escaped", () => {
    const ics = parse(buildReturnEvent(anEvent()));
    expect(ics.prop("SUMMARY")[0]!.value).toBe("Back to our conversation — Breathing Room");
    expect(ics.prop("URL")[0]!.value).toBe("https://breathing-room.example/s/0b7c2a52-6f5e-4b55-9a43-6a2f9c1d2e3f");
    expect(ics.prop("DESCRIPTION")[0]!.value).toBe("Ana paused: “I need to clear my head\\; back soon\\, promise”");
  });

  it("falls back to UTC for a zone it cannot describe, keeping the instant", () => {
    const ics = parse(buildReturnEvent(anEvent({ timeZone: "Not/A_Zone" })));
    expect(ics.blocks).not.toContain("VTIMEZONE");
    expect(ics.prop("DTSTART")[0]).toEqual({ params: "", value: "20261126T191500Z" });
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `DESCRIPTION:${"é—".repeat(40)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });
});
