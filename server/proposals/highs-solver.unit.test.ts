import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blocksOf } from "../../core/scheduler/blocks";
import { solveBalancedExactly } from "../../core/scheduler/exact-fallback";
import { buildSlotModel } from "../../core/scheduler/model";
import { scoreOf } from "../../core/scheduler/score";
import { inputArb } from "../../core/scheduler/testing/arbitraries";
import { allOutcomes } from "../../core/scheduler/testing/exhaustive";
import { checkBlocks } from "../../core/scheduler/verify";
import { loadHighsSolver } from "./highs-solver";

describe("the exact fallback with HiGHS", () => {
  it("EXA1: its balanced schedule keeps every hard rule and is the leximin optimum (exhaustive oracle on small weeks)", async () => {
    const solve = await loadHighsSolver();
    fc.assert(
      fc.property(inputArb({ days: 1, maxNeeds: 2, maxSlots: 6, freeCount: 7 }), (input) => {
        const model = buildSlotModel(input);
        const exact = solveBalancedExactly(input, model, solve)!;
        expect(exact.isOptimal).toBe(true);
        expect(checkBlocks(input, blocksOf(model, exact.plans))).toEqual([]);
        const { satA, satB } = scoreOf(model, exact.plans);
        const outcomes = allOutcomes(input);
        const level = Math.max(...outcomes.map((o) => Math.min(o.satA, o.satB)));
        const total = Math.max(...outcomes.filter((o) => Math.min(o.satA, o.satB) >= level - 1e-6).map((o) => o.satA + o.satB));
        expect(Math.min(satA, satB)).toBeCloseTo(level, 4);
        expect(satA + satB).toBeCloseTo(total, 4);
      }),
      { numRuns: 150, seed: 21 },
    );
  }, 120_000);
});
