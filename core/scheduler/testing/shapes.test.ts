import { describe, expect, it } from "vitest";
import { ZStatement } from "../../negotiation/statement";
import { SHAPES, shapedInput } from "./shapes";

describe("the bench's week shapes", () => {
  it("every shape gives statements the schema accepts, the same for the same seed", () => {
    for (const shape of SHAPES) {
      for (const seed of [1, 2, 3, 99, 12345]) {
        const input = shapedInput(shape, seed);
        for (const p of ["A", "B"] as const) expect(ZStatement.safeParse(input.partners[p].statement).success).toBe(true);
        expect(shapedInput(shape, seed)).toEqual(input);
      }
    }
  });
});
