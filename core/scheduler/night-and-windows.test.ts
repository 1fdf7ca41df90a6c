import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSleepHalfHour, ZStatement, type TSleepHours } from "../negotiation/statement";
import { SLOTS_PER_DAY } from "../week/slots";
import { proposeSchedules } from "./index";
import { inputArb } from "./testing/arbitraries";
import { allOutcomes } from "./testing/exhaustive";
import { aNeed, aTogetherWish, anInput } from "./testing/statements";
import { bestOf, reviseBlock } from "./revise";
import { checkProposal } from "./verify";

const sleepArb: fc.Arbitrary<TSleepHours> = fc.record({ fromHalfHour: fc.integer({ min: 0, max: 47 }), toHalfHour: fc.integer({ min: 0, max: 47 }) });

describe("sleep hours", () => {
  it("SLP1: no alone or together block lies in either person's sleep hours (random weeks and sleep hours)", () => {
    fc.assert(
      fc.property(inputArb({ days: 2, maxNeeds: 2, maxSlots: 8, stretches: 4 }), sleepArb, sleepArb, (input, a, b) => {
        input.partners.A.statement.sleep = a;
        input.partners.B.statement.sleep = b;
        for (const p of proposeSchedules(input).proposals) {
          expect(checkProposal(input, p)).toEqual([]);
          for (const block of [...p.blocks, ...(p.weeks ?? []).flat()]) {
            const people = block.owner === "together" ? (["A", "B"] as const) : [block.owner];
            for (const who of people) {
              const sleep = who === "A" ? a : b;
              for (let s = block.startSlot; s < block.endSlot; s++) expect(isSleepHalfHour(sleep, s % SLOTS_PER_DAY)).toBe(false);
            }
          }
        }
      }),
      { numRuns: 300, seed: 31 },
    );
  }, 120_000);

  it("SLP1: without a word about sleep, 23:00–07:00 is kept free, even in a week with nothing marked busy", () => {
    const input = anInput({ needs: [aNeed({ minHoursPerWeek: 8, idealHoursPerWeek: 40, minBlockMinutes: 120 })] });
    for (const p of proposeSchedules(input).proposals) {
      for (const block of p.blocks) {
        for (let s = block.startSlot; s < block.endSlot; s++) {
          const h = s % SLOTS_PER_DAY;
          expect(h >= 14 && h < 46).toBe(true);
        }
      }
    }
  });

  it("SLP1: a block moved into someone's sleep hours is refused, with a clear reason, and nothing changes", () => {
    const input = anInput();
    const set = proposeSchedules(input);
    const balanced = set.proposals[0]!;
    const index = balanced.blocks.findIndex((b) => b.owner === "A");
    // Tuesday 00:00–02:00, the hours the report found accepted.
    const outcome = reviseBlock(input, balanced, { blockIndex: index, startSlot: SLOTS_PER_DAY, endSlot: SLOTS_PER_DAY + 4 }, { best: bestOf(set.proposals), adjustedBy: "Ana", newId: "x" });
    expect(outcome).toEqual({ ok: false, message: "That is during someone’s usual sleep hours." });
  });

  it("SLP1: sleep hours are part of the statement schema, and a night that ends the same day also works", () => {
    expect(ZStatement.safeParse({ ...anInput().partners.A.statement, sleep: { fromHalfHour: 46, toHalfHour: 14 } }).success).toBe(true);
    expect(ZStatement.safeParse({ ...anInput().partners.A.statement, sleep: { fromHalfHour: 48, toHalfHour: 14 } }).success).toBe(false);
    // A night-shift worker sleeping 08:00–15:00.
    expect(isSleepHalfHour({ fromHalfHour: 16, toHalfHour: 30 }, 20)).toBe(true);
    expect(isSleepHalfHour({ fromHalfHour: 16, toHalfHour: 30 }, 2)).toBe(false);
  });
});

describe("the new rules against exhaustive search", () => {
  it("SLP1, WIN1, OPT1: with sleep hours and together wishes kept to their windows the balanced plan is still the leximin optimum (exhaustive oracle on small weeks)", () => {
    fc.assert(
      fc.property(inputArb({ days: 1, maxNeeds: 2, maxSlots: 6, freeCount: 10 }), sleepArb, sleepArb, fc.boolean(), (input, a, b, isOnly) => {
        input.partners.A.statement.sleep = a;
        input.partners.B.statement.sleep = b;
        for (const p of ["A", "B"] as const) {
          input.partners[p].statement.together = input.partners[p].statement.together.map((t) => ({ ...t, onlyInWindows: isOnly && t.windows.length > 0 }));
        }
        const outcomes = allOutcomes(input);
        const balanced = proposeSchedules(input).proposals[0]!;
        const { A, B } = balanced.partners;
        const level = Math.max(...outcomes.map((o) => Math.min(o.satA, o.satB)));
        const total = Math.max(...outcomes.filter((o) => Math.min(o.satA, o.satB) >= level - 1e-9).map((o) => o.satA + o.satB));
        // Shown satisfactions are rounded to 0.1.
        expect(Math.min(A.satisfaction, B.satisfaction)).toBeGreaterThanOrEqual(level - 0.051);
        expect(A.satisfaction + B.satisfaction).toBeGreaterThanOrEqual(total - 0.101);
        expect(checkProposal(input, balanced)).toEqual([]);
      }),
      { numRuns: 300, seed: 33 },
    );
  }, 120_000);
});

describe("together wishes that say when", () => {
  it("WIN1: a together wish asked only within its windows is placed only there (random weeks and windows)", () => {
    fc.assert(
      fc.property(inputArb({ days: 2, maxNeeds: 2, maxSlots: 8, stretches: 4 }), (input) => {
        for (const p of ["A", "B"] as const) {
          input.partners[p].statement.together = input.partners[p].statement.together.map((t) => ({ ...t, onlyInWindows: t.windows.length > 0 }));
        }
        for (const proposal of proposeSchedules(input).proposals) {
          expect(checkProposal(input, proposal)).toEqual([]);
          for (const block of proposal.blocks.filter((b) => b.owner === "together")) {
            const wish = input.partners[block.wisher].statement.together.find((t) => t.id === block.wishId)!;
            if (!wish.onlyInWindows) continue;
            for (let s = block.startSlot; s < block.endSlot; s++) {
              const day = Math.floor(s / SLOTS_PER_DAY);
              const h = s % SLOTS_PER_DAY;
              expect(wish.windows.some((w) => w.days.includes(day) && h >= w.startHalfHour && h < w.endHalfHour)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 300, seed: 32 },
    );
  }, 120_000);

  it("WIN1: a “Sunday walk” asked for Sundays lands on Sunday even when a Tuesday would fit as well", () => {
    const walk = aTogetherWish({
      id: "walk",
      label: "Sunday walk",
      minHoursPerWeek: 2,
      idealHoursPerWeek: 2,
      minBlockMinutes: 120,
      windows: [{ days: [6], startHalfHour: 18, endHalfHour: 34, weight: 3 }],
      onlyInWindows: true,
    });
    const input = anInput({ together: [walk] }, {});
    const block = proposeSchedules(input).proposals[0]!.blocks.find((b) => b.wishId === "walk")!;
    expect(Math.floor(block.startSlot / SLOTS_PER_DAY)).toBe(6);
    const explanation = proposeSchedules(input).proposals[0]!.explanation.join(" ");
    expect(explanation).toMatch(/Sunday walk on Sunday [^;]*, as Ana wished/);
  });

  it("WIN1: asking for “only then” without any day and time is a clear error", () => {
    const statement = { ...anInput().partners.A.statement, together: [aTogetherWish({ onlyInWindows: true, windows: [] })] };
    const parsed = ZStatement.safeParse(statement);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe("Add at least one day and time, or let it be any time you are both free.");
  });
});
