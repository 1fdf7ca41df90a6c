import { describe, expect, it } from "vitest";
import type { TRecordedEvent, TSpaceEvent } from "../../../../core/negotiation/events";
import { fold, type TSpaceState } from "../../../../core/negotiation/state";
import { viewFor } from "../../../../core/negotiation/view";
import { timelineEntriesOf } from "./timeline-entries";

const people = [
  { id: "a", role: "partnerA" as const, name: "Ana" },
  { id: "b", role: "partnerB" as const, name: "Ben" },
];

function record(state: TSpaceState, event: TSpaceEvent, at: string, actor = "a"): TSpaceState {
  return fold(state.spaceId, [{ ...event, seq: state.seq + 1, actor, at } as TRecordedEvent], state);
}

describe("the space's story (HIS1)", () => {
  it("HIS1: lists pauses, new links and agreements newest first, for each viewer in their own words", () => {
    let state = record(fold("s1", []), { type: "space:created", data: { timeZone: "Europe/Berlin", participants: people } }, "2026-03-01T09:00:00.000Z");
    state = record(state, { type: "pause:started", data: { pauseId: "p1", by: "b", returnAt: "2026-03-01T10:00:00.000Z", note: "a walk" } }, "2026-03-01T09:30:00.000Z", "b");
    state = record(state, { type: "link:replaced", data: { participantId: "b", by: "a" } }, "2026-03-02T08:00:00.000Z");
    const proposal = { id: "p", kind: "balanced", title: "Balanced", blocks: [], checkIns: { checkIns: [], summary: "" }, version: 1, adjustedBy: null } as never;
    state = record(state, { type: "agreement:made", data: { version: 1, proposal, reviewAt: "2026-03-30T08:00:00.000Z" } }, "2026-03-03T08:00:00.000Z");

    const forAna = timelineEntriesOf(viewFor(state, "a"), "Europe/Berlin");
    expect(forAna.map((e) => [e.kind, e.at])).toEqual([
      ["agreement", "2026-03-03T08:00:00.000Z"],
      ["link", "2026-03-02T08:00:00.000Z"],
      ["pause", "2026-03-01T09:30:00.000Z"],
    ]);
    expect(forAna[0]!.words).toBe("Agreement v1 made: “Balanced”.");
    expect(forAna[1]!.words).toBe("You made a new link for Ben; the earlier one no longer works.");
    expect(forAna[2]!.note).toBe("a walk");
    expect(timelineEntriesOf(viewFor(state, "b"), "Europe/Berlin")[1]!.words).toBe("Ana made a new link for you; the earlier one no longer works.");
  });
});
