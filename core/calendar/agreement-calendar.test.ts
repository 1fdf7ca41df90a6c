import { describe, expect, it } from "vitest";
import type { TAgreement } from "../negotiation/proposals";
import type { TBlock, TCheckIn } from "../scheduler/proposal";
import { slotOf } from "../week/slots";
import { buildAgreementCalendar, type TAgreementCalendarInput } from "./agreement-calendar";
import { readCalendar } from "./testing/read-calendar";

const at = (day: number, hour: number, minute = 0) => slotOf(day, hour * 2 + minute / 30);
const block = (owner: TBlock["owner"], label: string, startSlot: number, endSlot: number): TBlock => ({
  owner,
  wisher: owner === "B" ? "B" : "A",
  wishId: `${owner}-${label}`,
  label,
  startSlot,
  endSlot,
});

// Ana (A) runs on Thursday 19:00–21:00; together on Friday 19:00–22:00; Ben (B) at pottery on Saturday 10:00–13:00.
const run = block("A", "Evening run", at(3, 19), at(3, 21));
const dateNight = block("together", "Date night", at(4, 19), at(4, 22));
const pottery = block("B", "Pottery class", at(5, 10), at(5, 13));
const checkIn = (blockIndex: number, from: "A" | "B", over: Partial<TCheckIn>): TCheckIn => ({
  blockIndex,
  from,
  to: from === "A" ? "B" : "A",
  frequency: "at-start-and-end",
  channel: "text",
  atSlots: [],
  returnSlot: 0,
  ...over,
});

function anAgreement(over: Partial<TAgreement> & { blocks?: TBlock[]; weeks?: TBlock[][] } = {}): TAgreement {
  const blocks = over.blocks ?? [run, dateNight, pottery];
  return {
    version: 1,
    madeAt: "2026-03-23T18:00:00.000Z",
    reviewAt: "2026-04-20T18:00:00.000Z",
    ...over,
    proposal: {
      id: "balanced-1",
      kind: "balanced",
      title: "Balanced",
      blocks,
      weeks: over.weeks,
      checkIns: {
        summary: "…",
        checkIns: [
          checkIn(blocks.indexOf(run), "A", { atSlots: [run.startSlot, run.endSlot], returnSlot: run.endSlot }),
          checkIn(blocks.indexOf(pottery), "B", { frequency: "once-midway", channel: "call", atSlots: [at(5, 11, 30)], returnSlot: pottery.endSlot }),
        ].filter((c) => c.blockIndex >= 0),
      },
      partners: {
        A: { name: "Ana", satisfaction: 80, shareOfBest: 1, fearsAddressed: [{ kind: "neglected", words: "SECRET-FEAR-WORDS", isAddressed: true, how: "…" }] },
        B: { name: "Ben", satisfaction: 75, shareOfBest: 1, fearsAddressed: [] },
      },
      explanation: [],
      unmet: [],
      isExact: true,
      version: 1,
      adjustedBy: null,
    },
  };
}

function anInput(over: Partial<TAgreementCalendarInput> = {}): TAgreementCalendarInput {
  return {
    spaceId: "0b7c2a52-6f5e-4b55-9a43-6a2f9c1d2e3f",
    partner: "A",
    names: { A: "Ana", B: "Ben" },
    timeZone: "Europe/Berlin",
    agreements: [anAgreement()],
    review: { at: "2026-04-20T18:00:00.000Z", sequence: 0 },
    agreementUrl: "https://breathing-room.example/s/0b7c2a52-6f5e-4b55-9a43-6a2f9c1d2e3f/agreement",
    now: "2026-03-23T18:05:00.000Z",
    ...over,
  };
}

describe("the agreed week as a calendar (CAL1)", () => {
  it("holds my alone blocks, our together blocks and the check-ins, weekly, in the couple's zone with its VTIMEZONE", () => {
    const calendar = readCalendar(buildAgreementCalendar(anInput()));
    expect(calendar.zones).toEqual(["Europe/Berlin"]);
    expect(calendar.name).toBe("Breathing Room · Ana & Ben");
    expect(calendar.events.map((e) => e.summary).sort()).toEqual(
      [
        "Time for you: Evening run",
        "Check in with Ben (a text)",
        "Together: Date night",
        "Ben is back",
        "Ben checks in (a call)",
        "Look at our agreement again (with Ben)",
      ].sort(),
    );
    for (const event of calendar.events.filter((e) => !e.isAllDay)) {
      expect(event.tzid).toBe("Europe/Berlin");
      expect(event.rrule).toBe("FREQ=WEEKLY");
    }
    // Ben's own block is his, not Ana's: she sees when he checks in and is back, not the block itself.
    expect(calendar.events.some((e) => e.summary.includes("Pottery class") && e.summary.startsWith("Time for you"))).toBe(false);
  });

  it("keeps 19:00 Berlin time every week across the change to summer time (29 March 2026)", () => {
    const calendar = readCalendar(buildAgreementCalendar(anInput()));
    // Made on Monday 23 March; the run is on Thursdays 26 March (CET, UTC+1) and 2 April (CEST, UTC+2).
    expect(calendar.eventNamed("Time for you: Evening run").occurrences("2026-03-23T00:00:00Z", "2026-04-10T00:00:00Z")).toEqual([
      { start: "2026-03-26T18:00:00.000Z", end: "2026-03-26T20:00:00.000Z" },
      { start: "2026-04-02T17:00:00.000Z", end: "2026-04-02T19:00:00.000Z" },
      { start: "2026-04-09T17:00:00.000Z", end: "2026-04-09T19:00:00.000Z" },
    ]);
    // Saturday 28 March is the last day of winter time, 4 April the first Saturday of summer time.
    expect(calendar.eventNamed("Ben checks in (a call)").occurrences("2026-03-23T00:00:00Z", "2026-04-05T00:00:00Z").map((o) => o.start)).toEqual([
      "2026-03-28T10:30:00.000Z",
      "2026-04-04T09:30:00.000Z",
    ]);
  });

  it("and across the change back to winter time (25 October 2026) in New York's zone too", () => {
    const madeAt = "2026-10-19T12:00:00.000Z";
    const calendar = readCalendar(
      buildAgreementCalendar(anInput({ timeZone: "America/New_York", agreements: [anAgreement({ madeAt })], review: null })),
    );
    expect(calendar.zones).toEqual(["America/New_York"]);
    // New York leaves summer time on 1 November: Friday 30 October 19:00 is 23:00Z, 6 November 19:00 is 00:00Z next day.
    expect(calendar.eventNamed("Together: Date night").occurrences(madeAt, "2026-11-10T00:00:00Z").map((o) => o.start)).toEqual([
      "2026-10-23T23:00:00.000Z",
      "2026-10-30T23:00:00.000Z",
      "2026-11-07T00:00:00.000Z",
    ]);
  });

  it("starts each weekly event at its first time after the agreement was made", () => {
    // Made on Thursday 26 March at 20:00 Berlin: that evening's run has begun, so the first is a week later.
    const calendar = readCalendar(buildAgreementCalendar(anInput({ agreements: [anAgreement({ madeAt: "2026-03-26T19:00:00.000Z" })] })));
    expect(calendar.eventNamed("Time for you: Evening run").occurrences("2026-01-01T00:00:00Z", "2026-04-03T00:00:00Z")).toEqual([
      { start: "2026-04-02T17:00:00.000Z", end: "2026-04-02T19:00:00.000Z" },
    ]);
    expect(calendar.eventNamed("Together: Date night").occurrences("2026-01-01T00:00:00Z", "2026-03-28T00:00:00Z")).toHaveLength(1);
  });

  it("reminds the one who is away to check in, at the time; the one at home gets no alarm", () => {
    const calendar = readCalendar(buildAgreementCalendar(anInput()));
    expect(calendar.eventNamed("Check in with Ben (a text)").alarms).toEqual(["PT0S"]);
    expect(calendar.eventNamed("Ben checks in (a call)").alarms).toEqual([]);
    // The check-in at the return time is the block's own end: said in the block, not a second event.
    expect(calendar.events.filter((e) => e.summary === "Check in with Ben (a text)")).toHaveLength(1);
    expect(calendar.eventNamed("Time for you: Evening run").description).toContain("back by 21:00; let Ben know with a text");
  });

  it("has the review date as an all-day event with a reminder at 09:00 that day", () => {
    const calendar = readCalendar(buildAgreementCalendar(anInput()));
    const review = calendar.eventNamed("Look at our agreement again (with Ben)");
    expect(review.isAllDay).toBe(true);
    expect(review.rrule).toBeNull();
    expect(review.alarms).toEqual(["PT9H"]);
    expect(buildAgreementCalendar(anInput())).toContain("DTSTART;VALUE=DATE:20260420");
  });

  it("carries only what the agreement shows both: no fears' words, and links to the space, never a personal link", () => {
    const text = buildAgreementCalendar(anInput());
    expect(text).not.toContain("SECRET-FEAR-WORDS");
    expect(text).not.toMatch(/\/j\//);
    const calendar = readCalendar(text);
    for (const event of calendar.events) expect(event.url).toBe(anInput().agreementUrl);
  });

  it("Ben's calendar is his own week: his pottery, the date night, Ana's check-ins", () => {
    const calendar = readCalendar(buildAgreementCalendar(anInput({ partner: "B" })));
    expect(calendar.events.map((e) => e.summary).sort()).toEqual(
      [
        "Time for you: Pottery class",
        "Check in with Ana (a call)",
        "Together: Date night",
        "Ana is back",
        "Ana checks in (a text)",
        "Look at our agreement again (with Ana)",
      ].sort(),
    );
    // The together block is one event for both partners: the same UID in both calendars.
    const ana = readCalendar(buildAgreementCalendar(anInput()));
    expect(calendar.eventNamed("Together: Date night").uid).toBe(ana.eventNamed("Together: Date night").uid);
  });

  it("a start-small plan grows: a block first kept in week 3 starts in week 3, with the pair's check-ins", () => {
    // Two runs a week: week t keeps ⌈2·t/4⌉ of them (RAMP1), so Tuesday's joins Thursday's in week 3.
    const tuesdayRun = block("A", "Evening run", at(1, 19), at(1, 21));
    const weeks = [[run, dateNight, pottery], [run, dateNight, pottery], [tuesdayRun, run, dateNight, pottery], [tuesdayRun, run, dateNight, pottery]];
    const calendar = readCalendar(buildAgreementCalendar(anInput({ agreements: [anAgreement({ blocks: weeks[0], weeks })] })));
    const runs = calendar.events.filter((e) => e.summary === "Time for you: Evening run");
    const starts = runs.flatMap((r) => r.occurrences("2026-03-23T00:00:00Z", "2026-04-19T00:00:00Z").map((o) => o.start)).sort();
    expect(starts).toEqual([
      "2026-03-26T18:00:00.000Z",
      "2026-04-02T17:00:00.000Z",
      "2026-04-07T17:00:00.000Z",
      "2026-04-09T17:00:00.000Z",
      "2026-04-14T17:00:00.000Z",
      "2026-04-16T17:00:00.000Z",
    ]);
    // Tuesday's run has its check-in at its start too, as agreed for Ana's time apart.
    const checkIns = calendar.events.filter((e) => e.summary === "Check in with Ben (a text)");
    expect(checkIns.flatMap((c) => c.occurrences("2026-04-06T00:00:00Z", "2026-04-08T00:00:00Z").map((o) => o.start))).toEqual([
      "2026-04-07T17:00:00.000Z",
    ]);
  });
});

describe("a calendar follows the current agreement (CAL2)", () => {
  const v1 = anAgreement();
  const movedRun = block("A", "Evening run", at(2, 18), at(2, 20));
  const v2 = anAgreement({
    version: 2,
    madeAt: "2026-04-06T17:00:00.000Z",
    reviewAt: "2026-05-04T17:00:00.000Z",
    blocks: [movedRun, dateNight, pottery],
  });

  it("version 1's week ends where version 2 began, with a higher SEQUENCE; version 2 goes on weekly", () => {
    const calendar = readCalendar(
      buildAgreementCalendar(anInput({ agreements: [v1, v2], review: { at: v2.reviewAt, sequence: 1 } })),
    );
    const runs = calendar.events.filter((e) => e.summary === "Time for you: Evening run");
    expect(runs.map((r) => r.sequence)).toEqual([1, 0]);
    expect(runs[0]!.occurrences("2026-03-23T00:00:00Z", "2026-06-01T00:00:00Z").map((o) => o.start)).toEqual([
      "2026-03-26T18:00:00.000Z",
      "2026-04-02T17:00:00.000Z",
    ]);
    // Version 2: Wednesdays 18:00, from 8 April on.
    expect(runs[1]!.occurrences("2026-03-23T00:00:00Z", "2026-04-16T00:00:00Z").map((o) => o.start)).toEqual([
      "2026-04-08T16:00:00.000Z",
      "2026-04-15T16:00:00.000Z",
    ]);
    expect(runs[0]!.uid).not.toBe(runs[1]!.uid);
    const review = calendar.eventNamed("Look at our agreement again (with Ben)");
    expect(review.sequence).toBe(1);
    expect(calendar.events.filter((e) => e.summary.startsWith("Look at"))).toHaveLength(1);
  });

  it("a subscription asks apps to fetch it again within the hour", () => {
    expect(buildAgreementCalendar(anInput({ isSubscription: true }))).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    expect(buildAgreementCalendar(anInput())).not.toContain("REFRESH-INTERVAL");
  });
});
