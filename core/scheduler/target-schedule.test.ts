import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blocksOf } from "./blocks";
import { jointCapacityBound } from "./joint-capacity-bound";
import { buildSlotModel } from "./model";
import { scoreOf } from "./score";
import { scheduleToward } from "./target-schedule";
import { inputArb } from "./testing/arbitraries";
import { maximalInput } from "./testing/statements";
import { checkBlocks } from "./verify";

describe("INC2: a schedule placed toward the joint bound's split", () => {
  it("keeps every hard rule, gives no wish more than its target, and is scored as itself", () => {
    fc.assert(
      fc.property(inputArb({ days: 3, maxNeeds: 3, maxSlots: 10, stretches: 5 }), (input) => {
        const model = buildSlotModel(input);
        const { targets } = jointCapacityBound(model);
        const toward = scheduleToward(model, targets);
        expect(checkBlocks(input, blocksOf(model, toward.plans))).toEqual([]);
        toward.plans.forEach((plan, i) => expect(plan.slots.length).toBeLessThanOrEqual(targets[i]!));
        expect(scoreOf(model, toward.plans)).toEqual({ satA: toward.satA, satB: toward.satB });
      }),
      { numRuns: 200, seed: 41 },
    );
  });

  it("keeps the right wishes on the schema's maximum, where minimums far exceed the week (HiGHS after 20 s: 24.3 each; the search alone: 6.9)", () => {
    const input = maximalInput();
    const model = buildSlotModel(input);
    const toward = scheduleToward(model, jointCapacityBound(model).targets);
    expect(checkBlocks(input, blocksOf(model, toward.plans))).toEqual([]);
    expect(Math.min(toward.satA, toward.satB)).toBeGreaterThan(20);
  });
});
