import { describe, expect, it } from "vitest";
import { proposeSchedules } from "./index";
import { solveBalancedMilp } from "./milp-oracle";
import { realisticInput } from "./testing/statements";

describe("MILP oracle", () => {
  it("OPT1: on seeded instances the balanced worse-off satisfaction is at least the HiGHS MILP's minus 0.1 point", async () => {
    // Seed 6 used to exhaust the search (crowded mornings); it is now proven exact.
    for (const seed of [0, 3, 4, 5, 6, 7, 9, 12]) {
      const input = realisticInput(seed);
      const milp = await solveBalancedMilp(input, 60);
      expect(milp.status).toBe("Optimal");
      const balanced = proposeSchedules(input).proposals[0]!;
      expect(balanced.isExact).toBe(true);
      const engine = Math.min(balanced.partners.A.satisfaction, balanced.partners.B.satisfaction);
      expect(engine).toBeGreaterThanOrEqual(milp.worseOff - 0.1);
    }
  }, 900_000);

  it("OPT1: where the search cannot prove its optimum, the worse-off partner still gets what HiGHS proves possible (TOG1)", async () => {
    // Crowded weeks whose balanced search gives up; before TOG1 the engine's worse-off
    // partner was at 50.0, 64.2 and 63.6 here: 2.5, 7.5 and 4.3 points below the MILP.
    for (const seed of [2, 696482468, 1093207699]) {
      const input = realisticInput(seed);
      const milp = await solveBalancedMilp(input, 60);
      expect(milp.status).toBe("Optimal");
      const balanced = proposeSchedules(input).proposals[0]!;
      const engine = Math.min(balanced.partners.A.satisfaction, balanced.partners.B.satisfaction);
      expect(engine).toBeGreaterThanOrEqual(milp.worseOff - 0.1);
    }
  }, 900_000);

  it("OPT1: where the search cannot prove its optimum, the total at the worse-off partner's level is what HiGHS's second stage finds", async () => {
    // The search proves the worse-off level here but not the largest total at it; the
    // schedule it gives has that total all the same.
    const input = realisticInput(770427595);
    const first = await solveBalancedMilp(input, 60);
    const second = await solveBalancedMilp(input, 60, { worseOffAtLeast: first.worseOff - 1e-6 });
    expect(second.status).toBe("Optimal");
    const balanced = proposeSchedules(input).proposals[0]!;
    const { A, B } = balanced.partners;
    expect(Math.min(A.satisfaction, B.satisfaction)).toBeGreaterThanOrEqual(first.worseOff - 0.1);
    expect(A.satisfaction + B.satisfaction).toBeGreaterThanOrEqual(second.total - 0.1);
  }, 900_000);
});
