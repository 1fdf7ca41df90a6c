import { describe, expect, it } from "vitest";
import type { TRecordedEvent, TSpaceEvent } from "./events";
import type { TVersionedProposal } from "./proposals";
import { fold, type TSpaceState } from "./state";
import { viewFor } from "./view";

const people = [
  { id: "a", role: "partnerA" as const, name: "Ana" },
  { id: "b", role: "partnerB" as const, name: "Ben" },
  { id: "c", role: "counsellor" as const, name: "Dr. Rivera" },
];

function record(state: TSpaceState, events: TSpaceEvent[], at: string): TSpaceState {
  return fold(state.spaceId, events.map((e, i): TRecordedEvent => ({ ...e, seq: state.seq + i + 1, actor: "t", at })), state);
}

function proposal(title: string): TVersionedProposal {
  const outcome = (name: string) => ({ name, satisfaction: 80, shareOfBest: 1, fearsAddressed: [] });
  return {
    id: title,
    kind: "balanced",
    title,
    blocks: [],
    checkIns: { checkIns: [], summary: "" },
    partners: { A: outcome("Ana"), B: outcome("Ben") },
    explanation: [],
    unmet: [],
    isExact: true,
    version: 1,
    adjustedBy: null,
  };
}

describe("agreement versions in every view (VER1)", () => {
  it("VER1: every version stays, oldest first, in everyone's view, whether or not this round's statements are revealed", () => {
    const created = record(fold("s1", []), [{ type: "space:created", data: { timeZone: "Europe/Berlin", participants: people } }], "2026-03-01T10:00:00.000Z");
    const first = record(created, [{ type: "agreement:made", data: { version: 1, proposal: proposal("Balanced"), reviewAt: "2026-03-29T10:00:00.000Z" } }], "2026-03-01T11:00:00.000Z");
    const second = record(first, [{ type: "agreement:made", data: { version: 2, proposal: proposal("Start small"), reviewAt: "2026-04-26T10:00:00.000Z" } }], "2026-03-29T11:00:00.000Z");

    for (const viewer of ["a", "b", "c"]) {
      const view = viewFor(second, viewer);
      // Nothing of this round is revealed here, so proposals stay closed; the agreements do not.
      expect(view.proposals).toBeNull();
      expect(view.agreements.map((a) => [a.version, a.proposal.title, a.madeAt])).toEqual([
        [1, "Balanced", "2026-03-01T11:00:00.000Z"],
        [2, "Start small", "2026-03-29T11:00:00.000Z"],
      ]);
    }
  });
});
