import { describe, expect, it } from "vitest";
import { isNewerView } from "./newer-view";
import { viewFor } from "./view";
import { fold } from "./state";

describe("views", () => {
  const state = fold("s1", [
    {
      type: "space:created",
      data: { timeZone: "Europe/Berlin", participants: [{ id: "a", role: "partnerA", name: "Ana" }, { id: "b", role: "partnerB", name: "Ben" }] },
      seq: 1,
      actor: "system",
      at: "2026-11-26T10:00:00.000Z",
    },
  ]);

  it("VIEW1: a view names its viewer and carries the seq it was made at", () => {
    const view = viewFor(state, "b");
    expect(view.me).toEqual({ id: "b", role: "partnerB", name: "Ben" });
    expect(view.seq).toBe(1);
  });

  it("VIEW2: a client never replaces a newer view with an older or equal one", () => {
    expect(isNewerView(null, { seq: 1 })).toBe(true);
    expect(isNewerView({ seq: 5 }, { seq: 6 })).toBe(true);
    expect(isNewerView({ seq: 5 }, { seq: 4 })).toBe(false);
    expect(isNewerView({ seq: 5 }, { seq: 5 })).toBe(false);
  });

  it("refuses to make a view for someone outside the space", () => {
    expect(() => viewFor(state, "stranger")).toThrow();
  });
});

describe("views arriving out of order (VIEW2)", () => {
  it("the shown seq never goes down and ends at the newest, whatever the arrival order", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(fc.shuffledSubarray(Array.from({ length: 30 }, (_, i) => ({ seq: i + 1 })), { minLength: 1 }), (arrivals) => {
        let shown: { seq: number } | null = null;
        let previous = 0;
        for (const incoming of arrivals) {
          if (isNewerView(shown, incoming)) shown = incoming;
          expect(shown!.seq).toBeGreaterThanOrEqual(previous);
          previous = shown!.seq;
        }
        expect(shown!.seq).toBe(Math.max(...arrivals.map((a) => a.seq)));
      }),
    );
  });
});
