import { afterAll, describe, expect, it } from "vitest";
import { ZStatement } from "../../core/negotiation/statement";
import { satisfactionOfBlocks } from "../../core/scheduler/index";
import { buildSlotModel } from "../../core/scheduler/model";
import { ZProposalSet } from "../../core/scheduler/proposal";
import { maximalInput } from "../../core/scheduler/testing/statements";
import { checkProposal } from "../../core/scheduler/verify";
import { ProposalPool } from "./proposal-pool";

describe("the proposal worker", () => {
  const pool = new ProposalPool({ budgetMs: 2000 });
  afterAll(() => pool.close());

  it("BUD1: answers the largest input the schema allows within its budget, saying whether each proposal is proven", async () => {
    const input = maximalInput();
    for (const p of ["A", "B"] as const) expect(ZStatement.safeParse(input.partners[p].statement).success).toBe(true);
    const set = ZProposalSet.parse(await pool.compute(input));
    for (const p of set.proposals) {
      expect(typeof p.isExact).toBe("boolean");
      expect(checkProposal(input, p)).toEqual([]);
    }
    // A week this crowded cannot be proven in two seconds: the set says so rather than waiting.
    expect(set.proposals[0]!.isExact).toBe(false);
    // But the wishes kept are the right ones (INC2): each partner well above the 6.9 the search alone reached.
    const { A, B } = satisfactionOfBlocks(buildSlotModel(input), set.proposals[0]!.blocks);
    expect(Math.min(A, B)).toBeGreaterThan(20);
  }, 60_000);
});
