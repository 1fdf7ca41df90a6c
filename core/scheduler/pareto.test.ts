import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { proposeSchedules } from "./index";
import { inputArb } from "./testing/arbitraries";
import { allOutcomes } from "./testing/exhaustive";

/** A clock that moves one millisecond each time it is read: "out of time" at a deterministic point. */
function tickingClock(): () => number {
  let t = 0;
  return () => t++;
}

/** Shown satisfactions are rounded to 0.1 point: dominance must beat that. */
const isDominated = (outcomes: { satA: number; satB: number }[], a: number, b: number) =>
  outcomes.some((o) => o.satA >= a - 0.05 && o.satB >= b - 0.05 && o.satA + o.satB > a + b + 0.1 + 1e-6);

describe("no shown proposal is Pareto-dominated", () => {
  it("OPT3: every alternative shown is proven, under any budget (exhaustive oracle on small weeks)", () => {
    fc.assert(
      fc.property(inputArb({ days: 1, maxNeeds: 2, maxSlots: 6, freeCount: 7 }), fc.integer({ min: 0, max: 400 }), (input, ms) => {
        const outcomes = allOutcomes(input);
        for (const options of [{}, { budget: { ms, now: tickingClock() } }]) {
          const set = proposeSchedules(input, options);
          for (const p of set.proposals) {
            if (p.kind !== "equal-share" && p.kind !== "nash") continue;
            expect(p.isExact).toBe(true);
            expect(isDominated(outcomes, p.partners.A.satisfaction, p.partners.B.satisfaction)).toBe(false);
          }
          // A proven balanced plan is leximin-optimal, so Pareto-optimal too (OPT2).
          const balanced = set.proposals[0]!;
          if (balanced.isExact) expect(isDominated(outcomes, balanced.partners.A.satisfaction, balanced.partners.B.satisfaction)).toBe(false);
        }
      }),
      { numRuns: 120, seed: 14 },
    );
  }, 120_000);
});
