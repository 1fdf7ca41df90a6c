import { describe, expect, it } from "vitest";
import { proposeSchedules } from "./index";
import { solveBalancedMilp } from "./milp-oracle";
import { realisticInput } from "./testing/statements";

describe("MILP oracle", () => {
  it("OPT1: on seeded instances the balanced worse-off satisfaction is at least the HiGHS MILP's minus 0.5 points", async () => {
    for (const seed of [0, 3, 4, 5, 9]) {
      const input = realisticInput(seed);
      const milp = await solveBalancedMilp(input, 20);
      expect(milp.status).toBe("Optimal");
      const balanced = proposeSchedules(input).proposals[0]!;
      const engine = Math.min(balanced.partners.A.satisfaction, balanced.partners.B.satisfaction);
      expect(engine).toBeGreaterThanOrEqual(milp.worseOff - 0.5);
    }
  }, 60_000);
});
