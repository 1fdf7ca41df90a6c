import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { proposeSchedules, satisfactionOfBlocks } from "./index";
import { jointCapacityBound, reachesJointBound } from "./joint-capacity-bound";
import { buildSlotModel } from "./model";
import { inputArb } from "./testing/arbitraries";
import { allOutcomes, leximinOf } from "./testing/exhaustive";
import { shapedInput } from "./testing/shapes";
import { aNeed, anInput, aTogetherWish, freeOnly } from "./testing/statements";

describe("BND3: both partners' time at once bounds the balanced plan", () => {
  it("no schedule is above its level, nor above its total at that level (exhaustive oracle on small weeks)", () => {
    fc.assert(
      fc.property(inputArb({ days: 1, maxNeeds: 2, maxSlots: 6, freeCount: 8 }), (input) => {
        const bound = jointCapacityBound(buildSlotModel(input));
        const best = leximinOf(allOutcomes(input));
        expect(best.level).toBeLessThanOrEqual(bound.level + 1e-9);
        if (best.level >= bound.level - 1e-9) expect(best.total).toBeLessThanOrEqual(bound.totalAtLevel + 1e-9);
      }),
      { numRuns: 150, seed: 33 },
    );
  }, 120_000);

  it("is the optimum itself where one partner's few free hours are what both partners' wishes share", () => {
    // Ben is free two hours on Monday evening; his need and Ana's together wish both want them.
    const input = anInput(
      { busy: freeOnly([[30, 42]]), needs: [aNeed({ idealHoursPerWeek: 4, minHoursPerWeek: 0, minBlockMinutes: 60 })], together: [aTogetherWish({ idealHoursPerWeek: 2, minHoursPerWeek: 0, minBlockMinutes: 60 })] },
      { busy: freeOnly([[36, 40]]), needs: [aNeed({ idealHoursPerWeek: 2, minHoursPerWeek: 0, minBlockMinutes: 30 })], together: [] },
    );
    const bound = jointCapacityBound(buildSlotModel(input));
    const best = leximinOf(allOutcomes(input));
    expect(bound.level).toBeCloseTo(best.level, 9);
    expect(bound.totalAtLevel).toBeCloseTo(best.total, 9);
  });

  it("proves a very busy partner's week the search alone leaves open (HiGHS's leximin optimum: 61.67, total 131.55)", () => {
    const input = shapedInput("very-busy", 1354704286);
    const model = buildSlotModel(input);
    const set = proposeSchedules(input);
    const balanced = set.proposals[0]!;
    expect(balanced.isExact).toBe(true);
    const sat = satisfactionOfBlocks(model, balanced.blocks);
    expect(Math.min(sat.A, sat.B)).toBeCloseTo(61.6667, 3);
    expect(sat.A + sat.B).toBeCloseTo(131.553, 3);
    expect(reachesJointBound(jointCapacityBound(model), sat.A, sat.B)).toBe(true);
  }, 60_000);
});
