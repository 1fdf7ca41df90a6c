import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLOTS_PER_DAY } from "../week/slots";
import { proposeSchedules } from "./index";
import { ZProposalSet } from "./proposal";
import { inputArb } from "./testing/arbitraries";
import { allOutcomes } from "./testing/exhaustive";
import { aNeed, aTogetherWish, anInput, freeOnly, realisticInput } from "./testing/statements";
import { checkProposal } from "./verify";

const day = (d: number, fromHour: number, toHour: number): [number, number] => [d * SLOTS_PER_DAY + fromHour * 2, d * SLOTS_PER_DAY + toHour * 2];
const worseOff = (p: { partners: { A: { satisfaction: number }; B: { satisfaction: number } } }) =>
  Math.min(p.partners.A.satisfaction, p.partners.B.satisfaction);

// Thousands of generated weeks: on a busy shared machine they can take several times as long
// as on a quiet one, and that says nothing about the rules, so these get room.
const PROPERTY_TIMEOUT_MS = 120_000;

describe("hard constraints", () => {
  it("SCH1–SCH7, RAMP1: no proposal ever breaks a hard rule (small random weeks)", () => {
    fc.assert(
      fc.property(inputArb({ days: 2, maxNeeds: 3, maxSlots: 8, stretches: 3 }), (input) => {
        const set = ZProposalSet.parse(proposeSchedules(input));
        for (const p of set.proposals) expect(checkProposal(input, p)).toEqual([]);
      }),
      { numRuns: 2000, seed: 7 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it("SCH1–SCH7: no proposal breaks a hard rule on realistic generated weeks", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1_000_000 }), (seed) => {
        const input = realisticInput(seed);
        for (const p of proposeSchedules(input).proposals) expect(checkProposal(input, p)).toEqual([]);
      }),
      { numRuns: 60, seed: 11 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe("optimality within the model", () => {
  it("OPT1, OPT2: no schedule is better for one partner and no worse for the other, and the balanced minimum is the largest possible (exhaustive oracle)", () => {
    fc.assert(
      fc.property(inputArb({ days: 1, maxNeeds: 2, maxSlots: 6, freeCount: 7 }), (input) => {
        const balanced = proposeSchedules(input).proposals[0]!;
        const a = balanced.partners.A.satisfaction;
        const b = balanced.partners.B.satisfaction;
        const outcomes = allOutcomes(input);
        // Reported satisfactions are rounded to 0.1: compare with that tolerance.
        const tol = 0.051;
        for (const o of outcomes) {
          const dominates = o.satA >= a - tol && o.satB >= b - tol && (o.satA > a + tol || o.satB > b + tol);
          expect(dominates).toBe(false);
        }
        const bestMin = Math.max(...outcomes.map((o) => Math.min(o.satA, o.satB)));
        expect(Math.min(a, b)).toBeGreaterThanOrEqual(bestMin - tol);
      }),
      { numRuns: 300, seed: 3 },
    );
  }, 20_000);

  it("OPT3: shareOfBest divides by the exact best each partner could get in any schedule", () => {
    fc.assert(
      fc.property(inputArb({ days: 1, maxNeeds: 2, maxSlots: 6, freeCount: 7 }), (input) => {
        const balanced = proposeSchedules(input).proposals[0]!;
        const outcomes = allOutcomes(input);
        for (const p of ["A", "B"] as const) {
          const best = Math.max(...outcomes.map((o) => (p === "A" ? o.satA : o.satB)));
          const expected = best > 1e-9 ? balanced.partners[p].satisfaction / best : 1;
          expect(balanced.partners[p].shareOfBest).toBeCloseTo(Math.min(1, expected), 2);
        }
      }),
      { numRuns: 150, seed: 5 },
    );
  }, 20_000);
});

describe("determinism", () => {
  it("DET1: the same input gives deeply equal proposals", () => {
    for (const seed of [1, 2, 3, 40, 41]) {
      expect(proposeSchedules(realisticInput(seed))).toEqual(proposeSchedules(realisticInput(seed)));
    }
  });
});

describe("infeasible wishes", () => {
  it("UNM1: with no shared free time the date night is reported unmet, with why, and nothing throws", () => {
    const input = anInput(
      { busy: freeOnly([day(0, 18, 22)]), together: [aTogetherWish({ minBlockMinutes: 120 })] },
      { busy: freeOnly([day(1, 18, 22)]) },
    );
    const set = proposeSchedules(input);
    expect(set.proposals.length).toBeGreaterThanOrEqual(2);
    const note = set.proposals[0]!.unmet.find((u) => u.wishId === "date");
    expect(note).toMatchObject({ partner: "A", kind: "together", label: "Date night" });
    expect(note!.reason).toContain("no time when you are both free for at least 2 hours");
  });

  it("UNM1: when two minimums cannot both fit, exactly the one left out is named with the competition", () => {
    const input = anInput({
      busy: freeOnly([day(2, 18, 22)]),
      needs: [
        aNeed({ id: "read", label: "Reading", minHoursPerWeek: 3, idealHoursPerWeek: 3, minBlockMinutes: 180, priority: 5 }),
        aNeed({ id: "run", label: "Running", minHoursPerWeek: 2, idealHoursPerWeek: 2, minBlockMinutes: 120, priority: 1 }),
      ],
    });
    const balanced = proposeSchedules(input).proposals[0]!;
    expect(balanced.unmet.map((u) => u.wishId)).toEqual(["run"]);
    expect(balanced.unmet[0]!.reason).toContain("Reading");
    expect(balanced.blocks.find((b) => b.wishId === "read")).toBeDefined();
  });

  it("UNM1: a partner who is busy all week gets notes for every need, not an exception", () => {
    const input = anInput({ busy: "1".repeat(336) });
    const set = proposeSchedules(input);
    expect(set.proposals[0]!.unmet.map((u) => u.wishId)).toContain("alone");
    expect(set.proposals[0]!.partners.A.satisfaction).toBe(0);
  });
});

describe("start small", () => {
  it("RAMP1–RAMP3: each week is a subset of the next, the last is the balanced plan, the worse-off partner never loses", async () => {
    const { satisfactionOfBlocks } = await import("./index");
    const { buildSlotModel } = await import("./model");
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const input = realisticInput(seed);
      const [balanced, ramp] = proposeSchedules(input).proposals;
      expect(ramp!.kind).toBe("start-small");
      const weeks = ramp!.weeks!;
      expect(weeks.length).toBe(4);
      expect(weeks[weeks.length - 1]).toEqual(balanced!.blocks);
      // It says where it arrives: the balanced plan's own figures.
      expect(ramp!.arrivesAt).toEqual({ A: balanced!.partners.A.satisfaction, B: balanced!.partners.B.satisfaction });
      const model = buildSlotModel(input);
      const worse = balanced!.partners.A.satisfaction <= balanced!.partners.B.satisfaction ? "A" : "B";
      let last = -1;
      for (const week of weeks) {
        const sat = satisfactionOfBlocks(model, week)[worse];
        expect(sat).toBeGreaterThanOrEqual(last - 1e-9);
        last = sat;
      }
    }
  }, 20_000);
});

describe("alternatives and check-ins", () => {
  it("ALT1: equal-share and nash appear only when meaningfully different from every other proposal", async () => {
    const { isMeaningfullyDifferent } = await import("./index");
    for (let seed = 0; seed < 15; seed++) {
      const ps = proposeSchedules(realisticInput(seed)).proposals.filter((p) => p.kind !== "start-small");
      for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) expect(isMeaningfullyDifferent(ps[i]!, ps[j]!)).toBe(true);
    }
  }, 20_000);

  it("CHK1–CHK3: the more-needing partner's frequency and channel are honoured and every time apart has a return time", () => {
    const input = anInput(
      { reassurance: { frequency: "none", channel: "call", words: "" }, busy: freeOnly([day(0, 18, 22)]) },
      { reassurance: { frequency: "every-two-hours", channel: "voice-note", words: "" }, busy: freeOnly([day(0, 18, 22)]) },
    );
    const balanced = proposeSchedules(input).proposals[0]!;
    const apart = balanced.checkIns.checkIns;
    expect(apart.length).toBeGreaterThan(0);
    for (const c of apart) {
      expect(c.frequency).toBe("every-two-hours");
      expect(c.channel).toBe("voice-note");
      expect(c.returnSlot).toBe(balanced.blocks[c.blockIndex]!.endSlot);
    }
    expect(balanced.checkIns.summary).toMatch(/Ana|Ben/);
  });

  it("FEAR1: a fear of feeling neglected is answered by a protected date night", () => {
    const input = anInput(
      { fears: [{ kind: "neglected", intensity: 4, words: "I feel forgotten" }], together: [aTogetherWish()], busy: freeOnly([day(4, 18, 23)]) },
      { busy: freeOnly([day(4, 18, 23), day(5, 10, 14)]) },
    );
    // Ana also has Saturday to herself, so her own need does not crowd out the date night.
    input.partners.A.statement.busy = freeOnly([day(4, 18, 23), day(5, 10, 14)]);
    const fear = proposeSchedules(input).proposals[0]!.partners.A.fearsAddressed[0]!;
    expect(fear.isAddressed).toBe(true);
    expect(fear.how).toContain("Date night");
  });
});

describe("balanced leximin", () => {
  it("OPT1: raising the worse-off partner is preferred over a larger total", () => {
    const input = realisticInput(9);
    const set = proposeSchedules(input);
    const balanced = set.proposals[0]!;
    for (const p of set.proposals) if (p.kind !== "start-small") expect(worseOff(p)).toBeLessThanOrEqual(worseOff(balanced) + 0.05);
  });
});
