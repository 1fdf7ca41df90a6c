import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLOTS_PER_DAY } from "../week/slots";
import { proposeSchedules } from "./index";
import { inputArb } from "./testing/arbitraries";
import { aTogetherWish, anInput, freeOnly } from "./testing/statements";
import { whenText } from "./wording";

const day = (d: number, fromHour: number, toHour: number): [number, number] => [d * SLOTS_PER_DAY + fromHour * 2, d * SLOTS_PER_DAY + toHour * 2];

describe("explanations", () => {
  it("EXP1: every together block is credited to the partner who wished for it", () => {
    fc.assert(
      fc.property(inputArb({ days: 2, maxNeeds: 2, maxSlots: 6, stretches: 3 }), (input) => {
        // Same shape for both partners' wishes, different labels: the credit must follow the wisher.
        input.partners.A.statement.together = input.partners.A.statement.together.map((t) => ({ ...t, id: "a-wish", label: "Picnic" }));
        input.partners.B.statement.together = input.partners.B.statement.together.map((t) => ({ ...t, id: "b-wish", label: "Walk" }));
        input.partners.B.statement.busy = input.partners.A.statement.busy;
        for (const p of proposeSchedules(input).proposals) {
          const line = p.explanation.find((l) => l.startsWith("Time together:"));
          const together = p.blocks.filter((b) => b.owner === "together");
          if (p.kind === "start-small") continue; // its lines describe the full plan, not week 1
          expect(line === undefined).toBe(together.length === 0);
          for (const b of together) {
            const clause = line!.split("; ").find((c) => c.includes(`${b.label} on ${whenText(b)}`));
            expect(clause).toMatch(new RegExp(`as ${b.wisher === "A" ? "Ana" : "Ben"} wished$`));
          }
        }
      }),
      { numRuns: 200, seed: 14 },
    );
  }, 120_000);

  it("EXP1: a together wish of Ben's is credited to Ben, and Ana's to Ana, in one plan", () => {
    const free = freeOnly([day(5, 10, 14), day(6, 10, 14)]);
    const input = anInput(
      { busy: free, needs: [], together: [aTogetherWish({ id: "picnic", label: "Picnic", minHoursPerWeek: 2, idealHoursPerWeek: 2 })] },
      { busy: free, needs: [], together: [aTogetherWish({ id: "walk", label: "Sunday walk", minHoursPerWeek: 2, idealHoursPerWeek: 2 })] },
    );
    input.partners.A.statement.needs = [];
    input.partners.B.statement.needs = [];
    const line = proposeSchedules(input).proposals[0]!.explanation.find((l) => l.startsWith("Time together:"))!;
    expect(line).toMatch(/Picnic on [^;]*, as Ana wished/);
    expect(line).toMatch(/Sunday walk on [^;]*, as Ben wished/);
  });
});

describe("fears", () => {
  it("FEAR2: each fear gets its own line — two fears of one partner, or one fear of both, never read the same", () => {
    fc.assert(
      fc.property(inputArb({ days: 2, maxNeeds: 2, maxSlots: 6, stretches: 3 }), (input) => {
        const fears = (["neglected", "abandoned", "disconnected", "trust", "jealousy"] as const).map((kind) => ({ kind, intensity: 3, words: "w" }));
        input.partners.A.statement.fears = fears;
        input.partners.B.statement.fears = fears;
        for (const p of proposeSchedules(input).proposals) {
          const lines = [...p.partners.A.fearsAddressed, ...p.partners.B.fearsAddressed].map((f) => f.how);
          // Trust and jealousy are both met by check-ins during the other's time apart: the one line they may share.
          const distinct = [...p.partners.A.fearsAddressed, ...p.partners.B.fearsAddressed].filter((f) => f.kind !== "jealousy").map((f) => f.how);
          expect(new Set(distinct).size).toBe(distinct.length);
          expect(lines.every((l) => l.length > 0)).toBe(true);
        }
      }),
      { numRuns: 150, seed: 15 },
    );
  }, 120_000);
});
