import { describe, expect, it } from "vitest";
import { aNeed, aStatement } from "../negotiation/testing/builders";
import { proposeSchedules } from "./index";
import { bestOf, reviseBlock } from "./revise";
import { checkProposal } from "./verify";

const input = {
  partners: {
    A: { name: "Ana", statement: aStatement() },
    B: { name: "Ben", statement: aStatement({ needs: [aNeed({ id: "run", label: "Running", kind: "hobby", windows: [] })] }) },
  },
  timeZone: "Europe/Berlin",
};

describe("adjusting a proposal (PRO2)", () => {
  const set = proposeSchedules(input);
  const context = { best: bestOf(set.proposals), adjustedBy: "Ana", newId: "x" };

  it("moving a block to free time keeps every hard rule and rescores the proposal", () => {
    const balanced = set.proposals.find((p) => p.kind === "balanced")!;
    const index = balanced.blocks.findIndex((b) => b.owner === "A");
    const block = balanced.blocks[index]!;
    const length = block.endSlot - block.startSlot;
    // Saturday from 10:00 is free for Ana in an office week.
    const target = { blockIndex: index, startSlot: 5 * 48 + 20, endSlot: 5 * 48 + 20 + length };
    const outcome = reviseBlock(input, balanced, target, context);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.proposal.blocks[index]).toMatchObject({ startSlot: target.startSlot, endSlot: target.endSlot });
    expect(checkProposal(input, outcome.proposal).filter((v) => ["SCH1", "SCH2", "SCH3", "SCH4", "SCH5"].includes(v.rule))).toEqual([]);
    expect(outcome.proposal.explanation[0]).toMatch(/^Ana moved/);
  });

  it("refuses a move into the owner's busy time, saying why", () => {
    const balanced = set.proposals.find((p) => p.kind === "balanced")!;
    const index = balanced.blocks.findIndex((b) => b.owner === "A");
    const outcome = reviseBlock(input, balanced, { blockIndex: index, startSlot: 20, endSlot: 24 }, context);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/busy/) });
  });

  it("a start-small plan keeps its ramp: the block moves in every week that has it", () => {
    const small = set.proposals.find((p) => p.kind === "start-small")!;
    const index = 0;
    const block = small.blocks[index]!;
    const outcome = reviseBlock(input, small, { blockIndex: index, startSlot: block.startSlot, endSlot: block.endSlot }, context);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.proposal.weeks).toEqual(small.weeks);
    expect(outcome.proposal.blocks).toEqual(small.blocks);
  });
});
