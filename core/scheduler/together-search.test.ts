import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blocksOf } from "./blocks";
import { buildSlotModel } from "./model";
import { planAround, solveOwnBest } from "./portfolio";
import { scoreOf } from "./score";
import { isAbove, worseOffFirst } from "./search";
import { searchTogetherPlacements } from "./together-search";
import { inputArb } from "./testing/arbitraries";
import { realisticInput } from "./testing/statements";
import { checkBlocks } from "./verify";


/** The schedules the engine starts TOG1 from: each partner's best, and each with the other planned around it. */
function startsFor(model: ReturnType<typeof buildSlotModel>) {
  const soloA = solveOwnBest(model, "A");
  const soloB = solveOwnBest(model, "B");
  return [planAround(model, soloA, "B"), planAround(model, soloB, "A"), soloA.plans, soloB.plans];
}

describe("TOG1: searching placements of together time", () => {
  it("never breaks a hard rule and never ends below the best schedule it started from (random weeks)", () => {
    fc.assert(
      fc.property(inputArb({ days: 2, maxNeeds: 3, maxSlots: 8, stretches: 4 }), (input) => {
        const model = buildSlotModel(input);
        const starts = startsFor(model);
        const plans = searchTogetherPlacements(model, worseOffFirst, starts);
        if (!model.wishes.some((w) => w.owner === "together")) {
          expect(plans).toBeUndefined();
          return;
        }
        expect(checkBlocks(input, blocksOf(model, plans!))).toEqual([]);
        const found = scoreOf(model, plans!);
        for (const start of starts) {
          const from = scoreOf(model, start);
          expect(isAbove(worseOffFirst(from.satA, from.satB), worseOffFirst(found.satA, found.satB))).toBe(false);
        }
      }),
      { numRuns: 300, seed: 5 },
    );
  }, 60_000);

  it("finds the balanced worse-off partner's level on a crowded week the exact search cannot finish", () => {
    // realisticInput(863928150): both together wishes want Saturday, where one partner's
    // long need sits too. From each partner's best with the other planned around it the
    // worse-off partner is at 68.9; HiGHS proves 81.41 is the most possible.
    const model = buildSlotModel(realisticInput(863928150));
    const starts = startsFor(model);
    const before = Math.max(...starts.map((plans) => Math.min(scoreOf(model, plans).satA, scoreOf(model, plans).satB)));
    const plans = searchTogetherPlacements(model, worseOffFirst, starts)!;
    const { satA, satB } = scoreOf(model, plans);
    expect(before).toBeLessThan(70);
    expect(Math.min(satA, satB)).toBeCloseTo(81.41, 1);
    expect(checkBlocks(realisticInput(863928150), blocksOf(model, plans))).toEqual([]);
  }, 30_000);

  it("is deterministic: the same week and starts give the same schedule", () => {
    const model = buildSlotModel(realisticInput(696482468));
    const once = searchTogetherPlacements(model, worseOffFirst, startsFor(model))!;
    const again = searchTogetherPlacements(model, worseOffFirst, startsFor(model))!;
    expect(again.map((p) => p.slots)).toEqual(once.map((p) => p.slots));
  }, 30_000);
});
