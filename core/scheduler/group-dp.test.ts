import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupWork, planGroup, type GroupMember } from "./group-dp";
import { buildSlotModel } from "./model";
import { searchBest, worseOffFirst, type Objective } from "./search";
import { inputArb } from "./testing/arbitraries";
import { allOutcomes } from "./testing/exhaustive";
import { realisticInput } from "./testing/statements";

// Every collision is resolved by joint units (GRP1) and linked stand-ins (LNK1) here,
// never by slot branching alone, so these properties test those paths on their own.
const jointly = { groupLimit: 1_000_000, isLinking: true, nodeLimit: 100_000 };

describe("joint units", () => {
  it("GRP1: planning one partner's wishes jointly finds that partner's exact best (exhaustive oracle)", () => {
    fc.assert(
      fc.property(inputArb({ days: 1, maxNeeds: 3, maxSlots: 6, freeCount: 7 }), (input) => {
        const model = buildSlotModel(input);
        const outcomes = allOutcomes(input);
        for (const p of ["A", "B"] as const) {
          const mine: Objective = p === "A" ? (a, b) => [a, b] : (a, b) => [b, a];
          const found = searchBest(model, mine, { ...jointly, isActive: (i) => model.wishes[i]!.partner === p });
          expect(found.isExact).toBe(true);
          const best = Math.max(...outcomes.map((o) => (p === "A" ? o.satA : o.satB)));
          expect(p === "A" ? found.satA : found.satB).toBeCloseTo(best, 6);
        }
      }),
      { numRuns: 150, seed: 13 },
    );
  }, 20_000);

  it("GRP1, LNK1, OPT1: with joint units and linked together wishes the balanced minimum and total are the exhaustive optimum", () => {
    fc.assert(
      fc.property(inputArb({ days: 1, maxNeeds: 2, maxSlots: 6, freeCount: 7 }), (input) => {
        const model = buildSlotModel(input);
        const found = searchBest(model, worseOffFirst, jointly);
        expect(found.isExact).toBe(true);
        const outcomes = allOutcomes(input);
        const bestMin = Math.max(...outcomes.map((o) => Math.min(o.satA, o.satB)));
        const bestTotal = Math.max(...outcomes.filter((o) => Math.min(o.satA, o.satB) >= bestMin - 1e-9).map((o) => o.satA + o.satB));
        expect(Math.min(found.satA, found.satB)).toBeCloseTo(bestMin, 6);
        expect(found.satA + found.satB).toBeCloseTo(bestTotal, 6);
      }),
      { numRuns: 200, seed: 17 },
    );
  }, 20_000);

  it("GRP1: recomputing back-pointers day by day from each day's first layer chooses the very schedule kept pointers give", () => {
    fc.assert(
      fc.property(inputArb({ days: 3, maxNeeds: 3, maxSlots: 8, stretches: 6 }), fc.integer({ min: 1, max: 400 }), (input, backLimit) => {
        const model = buildSlotModel(input);
        // A's wishes, and B's together wish as a stand-in whose count is linked (LNK1).
        const members = model.wishes.flatMap((w): GroupMember[] => {
          if (w.partner === "A") return [{ wish: w, allowed: w.free, isValued: true, linkRadix: 0 }];
          return w.kind === "together" ? [{ wish: w, allowed: w.free, isValued: false, linkRadix: 1 }] : [];
        });
        expect(planGroup(members, undefined, undefined, { backLimit })).toEqual(planGroup(members, undefined, undefined, { backLimit: Infinity }));
      }),
      { numRuns: 300, seed: 23 },
    );
  }, 60_000);

  it("GRP1: dropping states whose bound falls short of a schedule already known never changes the schedule chosen", () => {
    fc.assert(
      fc.property(inputArb({ days: 3, maxNeeds: 3, maxSlots: 10, stretches: 6 }), fc.integer({ min: 0, max: 2 }), (input, limitIndex) => {
        const model = buildSlotModel(input);
        const members = model.wishes.filter((w) => w.partner === "A").map((w): GroupMember => ({ wish: w, allowed: w.free, isValued: true, linkRadix: 0 }));
        // Also with back-pointers recomputed day by day, where the pruned sweeps run again.
        const backLimit = [Infinity, 2000, 1][limitIndex]!;
        expect(planGroup(members, undefined, undefined, { backLimit, pruneFrom: 0 })).toEqual(planGroup(members, undefined, undefined, { pruneFrom: Infinity }));
      }),
      { numRuns: 300, seed: 29 },
    );
  });

  it("GRP1: pruned, a realistic partner's whole week plans the same as unpruned", () => {
    for (const seed of [3, 5, 8, 13]) {
      const model = buildSlotModel(realisticInput(seed));
      for (const p of ["A", "B"] as const) {
        const members = model.wishes.filter((w) => w.partner === p).map((w): GroupMember => ({ wish: w, allowed: w.free, isValued: true, linkRadix: 0 }));
        if (groupWork(members.map((m) => m.wish), members.map((m) => m.allowed)) > 300_000) continue;
        expect(planGroup(members, undefined, undefined, { pruneFrom: 0 })).toEqual(planGroup(members, undefined, undefined, { pruneFrom: Infinity }));
      }
    }
  });
});
