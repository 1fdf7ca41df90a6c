import { describe, expect, it } from "vitest";
import { msLeftInPhase, partOfPhase, phase, withinBudget } from "./budget";
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
  }, 60_000);
});

describe("parts of a phase", () => {
  it("BUD1: a part of a phase ends by its share of what was left, and never after the phase", () => {
    let t = 0;
    const budget = { ms: 1000, now: () => t };
    withinBudget(budget, () =>
      phase(0.8, () => {
        t = 200; // 600 ms of the phase are left
        partOfPhase(0.5, () => expect(msLeftInPhase()).toBe(300));
        expect(msLeftInPhase()).toBe(600);
        partOfPhase(2, () => expect(msLeftInPhase()).toBe(600));
      }),
    );
    // Without a budget nothing is ever out of time.
    partOfPhase(0.1, () => expect(msLeftInPhase()).toBe(Infinity));
  });
});

describe("true shares of each partner's best", () => {
  it("SHR1: when a partner's best is not proven, the share shown is a lower bound and says so (exhaustive oracle)", async () => {
    const fc = (await import("fast-check")).default;
    const { inputArb } = await import("./testing/arbitraries");
    const { allOutcomes } = await import("./testing/exhaustive");
    fc.assert(
      fc.property(inputArb({ days: 1, maxNeeds: 2, maxSlots: 6, freeCount: 7 }), (input) => {
        const outcomes = allOutcomes(input);
        const best = { A: Math.max(...outcomes.map((o) => o.satA)), B: Math.max(...outcomes.map((o) => o.satB)) };
        for (const budget of [undefined, { ms: 0, now: tickingClock() }]) {
          for (const p of proposeSchedules(input, budget ? { budget } : {}).proposals) {
            for (const k of ["A", "B"] as const) {
              const o = p.partners[k];
              const trueShare = best[k] > 1e-9 ? Math.min(1, o.satisfaction / best[k]) : 1;
              // Satisfaction is shown rounded to 0.1 point, the share to 0.001.
              const tolerance = (best[k] > 1e-9 ? 0.05 / best[k] : 0) + 0.0006;
              if (o.isShareAtLeast) expect(o.shareOfBest).toBeLessThanOrEqual(trueShare + tolerance);
              else expect(Math.abs(o.shareOfBest - trueShare)).toBeLessThanOrEqual(tolerance);
            }
          }
        }
      }),
      { numRuns: 150, seed: 9 },
    );
  }, 120_000);
});
