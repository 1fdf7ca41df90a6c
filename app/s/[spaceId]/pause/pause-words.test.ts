import { describe, expect, it } from "vitest";
import { shortMoment } from "../../../../core/time/viewer-time";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { describeEntry, describeTimeline, listNames, nameOf, resumedHeading } from "./pause-words";

const view = {
  me: { id: "a", role: "partnerA", name: "Ana" },
  participants: [
    { id: "a", role: "partnerA", name: "Ana", hasJoined: true, statementStatus: null },
    { id: "b", role: "partnerB", name: "Ben", hasJoined: true, statementStatus: null },
  ],
} as unknown as TSpaceView;

describe("pause history in words", () => {
  it("names the viewer 'You' and others by name, with times on the viewer's clock", () => {
    const entry = { at: "2026-11-26T18:55:00Z", kind: "paused" as const, by: "b", returnAt: "2026-11-26T19:15:00Z", note: null };
    expect(describeEntry(view, entry, "Europe/Berlin")).toBe("Ben paused the conversation until 20:15.");
    expect(describeEntry(view, { ...entry, by: "a" }, "America/New_York")).toBe("You paused the conversation until 14:15.");
    expect(describeEntry(view, { ...entry, kind: "resumed", by: null, returnAt: null }, "Europe/Berlin")).toBe(
      "The conversation resumed by itself at the agreed time.",
    );
  });

  it("tells a request for more time after a resume from a change of time while paused", () => {
    const at = "2026-11-26T18:55:00Z";
    const returnAt = "2026-11-26T19:15:00Z";
    const words = describeTimeline(
      view,
      [
        { at, kind: "paused", by: "a", returnAt, note: null },
        { at, kind: "proposed", by: "b", returnAt, note: null },
        { at, kind: "resumed", by: null, returnAt: null, note: null },
        { at, kind: "proposed", by: "b", returnAt, note: null },
      ],
      "Europe/Berlin",
    );
    expect(words[1]).toBe("Ben proposed 20:15 instead.");
    expect(words[3]).toBe("Ben asked for more time, until 20:15.");
  });

  it("lists names the way people say them", () => {
    expect(listNames(["Ana"])).toBe("Ana");
    expect(listNames(["Ana", "Ben"])).toBe("Ana and Ben");
    expect(nameOf(view, null)).toBe("Someone");
  });
});

describe("the note after a pause ends says only what is true now", () => {
  const resumedAt = "2026-11-26T07:28:00Z"; // 08:28 in Berlin
  const minutes = (n: number) => Date.parse(resumedAt) + n * 60_000;
  const resumedEarlyBy = (by: string) =>
    ({
      ...view,
      pause: {
        current: null,
        proposal: null,
        lastResume: { at: resumedAt, how: "early", pauseId: "p1" },
        timeline: [
          { at: "2026-11-26T07:00:00Z", kind: "paused", by, returnAt: "2026-11-26T08:00:00Z", note: null },
          { at: resumedAt, kind: "resumed-early", by, returnAt: null, note: null },
        ],
      },
    }) as unknown as TSpaceView;

  it("greets a resume as news for an hour, on the viewer's clock", () => {
    expect(resumedHeading(resumedEarlyBy("a"), minutes(0), "Europe/Berlin")).toBe("You resumed early at 08:28");
    expect(resumedHeading(resumedEarlyBy("b"), minutes(10), "Europe/Berlin")).toBe("Ben resumed early at 08:28");
    expect(resumedHeading(resumedEarlyBy("b"), minutes(60), "America/New_York")).toBe("Ben resumed early at 02:28");
    const byItself = { ...resumedEarlyBy("b"), pause: { ...resumedEarlyBy("b").pause, lastResume: { at: resumedAt, how: "return-time", pauseId: "p1" } } } as TSpaceView;
    expect(resumedHeading(byItself, minutes(5), "Europe/Berlin")).toBe("Resumed by itself at 08:28");
  });

  it("after an hour, and weeks later, the resume is history (the timeline's, with its date), not a greeting", () => {
    expect(resumedHeading(resumedEarlyBy("b"), minutes(61), "Europe/Berlin")).toBeNull();
    expect(resumedHeading(resumedEarlyBy("b"), minutes(3 * 7 * 24 * 60), "Europe/Berlin")).toBeNull();
    // The timeline keeps it with its day once it is not today.
    expect(shortMoment(resumedAt, "Europe/Berlin", new Date(minutes(3 * 7 * 24 * 60)).toISOString())).toBe("Thu 26 Nov, 08:28");
    expect(describeEntry(view, resumedEarlyBy("b").pause.timeline[1]!, "Europe/Berlin")).toBe("Ben resumed the conversation early.");
  });

  it("says nothing of a resume while paused again", () => {
    const pausedAgain = { ...resumedEarlyBy("b"), pause: { ...resumedEarlyBy("b").pause, current: { id: "p2" } } } as unknown as TSpaceView;
    expect(resumedHeading(pausedAgain, minutes(5), "Europe/Berlin")).toBeNull();
  });
});

