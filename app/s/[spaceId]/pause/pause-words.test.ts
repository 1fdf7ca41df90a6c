import { describe, expect, it } from "vitest";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { describeEntry, describeTimeline, listNames, nameOf } from "./pause-words";

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
