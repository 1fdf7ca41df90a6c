import { describe, expect, it } from "vitest";
import { instantToLocalInput, localInputToInstant } from "./local-input";

describe("a datetime-local value is read in the person's own zone", () => {
  it("reads the same wall-clock time as different instants in Berlin and New York", () => {
    expect(localInputToInstant("2026-11-26T20:15", "Europe/Berlin")).toBe("2026-11-26T19:15:00.000Z");
    expect(localInputToInstant("2026-11-26T20:15", "America/New_York")).toBe("2026-11-27T01:15:00.000Z");
  });

  it("shows an instant back as the wall-clock time of the zone", () => {
    expect(instantToLocalInput("2026-11-26T19:15:00.000Z", "Europe/Berlin")).toBe("2026-11-26T20:15");
    expect(instantToLocalInput("2026-11-26T19:15:00.000Z", "America/New_York")).toBe("2026-11-26T14:15");
  });

  it("moves a time skipped by the spring change forward by the gap", () => {
    // 29 March 2026 in Berlin: clocks jump from 02:00 to 03:00.
    expect(localInputToInstant("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z");
    expect(instantToLocalInput("2026-03-29T01:30:00.000Z", "Europe/Berlin")).toBe("2026-03-29T03:30");
  });

  it("reads a time repeated by the autumn change as the later one", () => {
    // 25 October 2026 in Berlin: 02:00–03:00 happens twice (+02:00, then +01:00).
    expect(localInputToInstant("2026-10-25T02:30", "Europe/Berlin")).toBe("2026-10-25T01:30:00.000Z");
  });

  it("keeps the wall-clock time across a change: 20:00 the day after is 23 hours later", () => {
    const before = localInputToInstant("2026-03-28T20:00", "Europe/Berlin")!;
    const after = localInputToInstant("2026-03-29T20:00", "Europe/Berlin")!;
    expect(Date.parse(after) - Date.parse(before)).toBe(23 * 3_600_000);
  });

  it("gives nothing for an empty or malformed value", () => {
    expect(localInputToInstant("", "Europe/Berlin")).toBeNull();
    expect(localInputToInstant("2026-13-40T25:00", "Europe/Berlin")).toBeNull();
    expect(localInputToInstant("tomorrow", "Europe/Berlin")).toBeNull();
  });
});
