import { describe, expect, it } from "vitest";
import { proposeSchedules } from "./index";
import { ZProposalSet } from "./proposal";
import { maximalInput, realisticInput } from "./testing/statements";
import { checkProposal } from "./verify";

/**
 * BUD1 without wall-clock timing: a clock that moves one millisecond each time it is read
 * makes "out of time" a deterministic point in the computation.
 */
function tickingClock(): () => number {
  let t = 0;
  return () => t++;
}

describe("the hard time budget", () => {
  it("BUD1: the largest input the schema allows gets a valid set, marked as not proven, when time runs out", () => {
    const input = maximalInput();
    const set = ZProposalSet.parse(proposeSchedules(input, { budget: { ms: 600, now: tickingClock() } }));
    for (const p of set.proposals) expect(checkProposal(input, p)).toEqual([]);
    expect(set.proposals.every((p) => !p.isExact)).toBe(true);
  }, 60_000);

  it("BUD1: with no time at all every proposal still keeps the hard rules and says it is not proven", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const input = realisticInput(seed);
      const set = ZProposalSet.parse(proposeSchedules(input, { budget: { ms: 0, now: tickingClock() } }));
      for (const p of set.proposals) {
        expect(checkProposal(input, p)).toEqual([]);
        expect(p.isExact).toBe(false);
      }
    }
  });

  it("BUD1: a budget that is never reached changes nothing", () => {
    for (const seed of [6, 7, 8]) {
      const input = realisticInput(seed);
      expect(proposeSchedules(input, { budget: { ms: Infinity, now: tickingClock() } })).toEqual(proposeSchedules(input));
    }
  });
});
