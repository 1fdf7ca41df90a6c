import { DAY_NAMES, SLOTS_PER_DAY, clockOfHalfHour } from "../week/slots";
import { planCheckIns } from "./check-ins";
import { fearsAddressed } from "./fears";
import { arrivalOf, satisfactionOfBlocks } from "./index";
import { buildSlotModel, type PartnerKey, type SchedulerInput } from "./model";
import type { TBlock, TProposal } from "./proposal";
import { checkBlocks } from "./verify";

/** Rules a person's adjustment must still keep; hours above the ideal or below the minimum are their call. */
const HARD_RULES: Record<string, string> = {
  SCH1: "That time is busy for the person whose time it is.",
  SCH2: "Together time has to be when you are both free.",
  SCH3: "That makes the block shorter than the shortest block that need asked for.",
  SCH4: "That overlaps another block of the same person.",
  SCH5: "A block has to end on the day it starts.",
};

export type ReviseOutcome = { ok: true; proposal: TProposal } | { ok: false; message: string };

/**
 * A proposal with one block moved or resized by a partner: checked against the hard
 * rules, then scored with the same formula as generated proposals. `best` is each
 * partner's best satisfaction in any schedule, for their share of it.
 */
export function reviseBlock(
  input: SchedulerInput,
  proposal: TProposal,
  change: { blockIndex: number; startSlot: number; endSlot: number },
  context: { best: Record<PartnerKey, number>; adjustedBy: string; newId: string },
): ReviseOutcome {
  const original = proposal.blocks[change.blockIndex];
  if (!original) return { ok: false, message: "That block is not in this proposal." };
  const moved: TBlock = { ...original, startSlot: change.startSlot, endSlot: change.endSlot };
  const blocks = proposal.blocks.map((b, i) => (i === change.blockIndex ? moved : b));
  // A start-small plan moves the same block in every week of its ramp, so it stays a ramp.
  const isSame = (b: TBlock) =>
    b.owner === original.owner && b.wishId === original.wishId && b.startSlot === original.startSlot && b.endSlot === original.endSlot;
  const weeks = proposal.weeks?.map((week) => week.map((b) => (isSame(b) ? moved : b)));
  for (const candidate of [blocks, ...(weeks ?? [])]) {
    const broken = checkBlocks(input, candidate).find((v) => v.rule in HARD_RULES);
    if (broken) return { ok: false, message: HARD_RULES[broken.rule]! };
  }

  const model = buildSlotModel(input);
  const sat = satisfactionOfBlocks(model, blocks);
  const reassurance = { A: input.partners.A.statement.reassurance, B: input.partners.B.statement.reassurance };
  const checkIns = planCheckIns(blocks, reassurance, model.names);
  const partner = (p: PartnerKey) => ({
    name: model.names[p],
    satisfaction: Math.round(sat[p] * 10) / 10,
    shareOfBest: context.best[p] > 1e-9 ? Math.min(1, Math.round((sat[p] / context.best[p]) * 1000) / 1000) : 1,
    fearsAddressed: fearsAddressed(input.partners[p].statement.fears, p, blocks, checkIns, model.names),
  });
  const partners = { A: partner("A"), B: partner("B") };
  return {
    ok: true,
    proposal: {
      ...proposal,
      id: context.newId,
      blocks,
      weeks,
      ...(weeks ? { arrivesAt: arrivalOf(model, weeks) } : {}),
      checkIns,
      partners,
      explanation: [
        `${context.adjustedBy} moved “${original.label}” to ${describeSpan(moved)}.`,
        `With this change ${partners.A.name} gets ${partners.A.satisfaction}% and ${partners.B.name} ${partners.B.satisfaction}% of what they hoped for.`,
        ...proposal.explanation.filter((line) => !line.includes("%")),
      ],
    },
  };
}

export function describeSpan(block: Pick<TBlock, "startSlot" | "endSlot">): string {
  const day = Math.floor(block.startSlot / SLOTS_PER_DAY);
  const from = block.startSlot % SLOTS_PER_DAY;
  const to = from + (block.endSlot - block.startSlot);
  return `${DAY_NAMES[day]} ${clockOfHalfHour(from)}–${clockOfHalfHour(to)}`;
}

/** Each partner's best satisfaction, read back from a generated set (satisfaction ÷ share of best). */
export function bestOf(proposals: readonly TProposal[]): Record<PartnerKey, number> {
  const best = (p: PartnerKey) =>
    Math.max(0, ...proposals.map((x) => (x.partners[p].shareOfBest > 1e-9 ? x.partners[p].satisfaction / x.partners[p].shareOfBest : 0)));
  return { A: best("A"), B: best("B") };
}
