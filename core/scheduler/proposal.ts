import { z } from "zod";
import { CHECK_IN_CHANNELS, CHECK_IN_FREQUENCIES, FEAR_KINDS } from "../negotiation/statement";
import { SLOTS_PER_WEEK } from "../week/slots";

/** Proposals travel to clients inside views, so their shape is a schema (STYLE: Z…/T…). */
export const ZPartnerKey = z.enum(["A", "B"]);
export type TPartnerKey = z.infer<typeof ZPartnerKey>;

export const ZBlock = z.object({
  owner: z.enum(["A", "B", "together"]),
  /** The partner whose wish this block serves (for together blocks: who wished for it). */
  wisher: ZPartnerKey,
  wishId: z.string(),
  label: z.string(),
  startSlot: z.number().int().min(0).max(SLOTS_PER_WEEK - 1),
  /** Exclusive; a block never crosses midnight (SCH5). */
  endSlot: z.number().int().min(1).max(SLOTS_PER_WEEK),
});
export type TBlock = z.infer<typeof ZBlock>;

export const ZCheckIn = z.object({
  /** The alone block this check-in belongs to (index into `blocks`). */
  blockIndex: z.number().int().min(0),
  /** The partner who is away sends; the partner at home receives. */
  from: ZPartnerKey,
  to: ZPartnerKey,
  frequency: z.enum(CHECK_IN_FREQUENCIES),
  channel: z.enum(CHECK_IN_CHANNELS),
  /** Slots at which to check in; the last one is the agreed return time. */
  atSlots: z.array(z.number().int().min(0).max(SLOTS_PER_WEEK)),
  returnSlot: z.number().int().min(0).max(SLOTS_PER_WEEK),
});
export type TCheckIn = z.infer<typeof ZCheckIn>;

export const ZCheckInPlan = z.object({
  checkIns: z.array(ZCheckIn),
  summary: z.string(),
});
export type TCheckInPlan = z.infer<typeof ZCheckInPlan>;

export const ZFearAddressed = z.object({
  kind: z.enum(FEAR_KINDS),
  words: z.string(),
  isAddressed: z.boolean(),
  how: z.string(),
});
export type TFearAddressed = z.infer<typeof ZFearAddressed>;

export const ZPartnerOutcome = z.object({
  name: z.string(),
  /** 0–100, README "Satisfaction". */
  satisfaction: z.number().min(0).max(100),
  /** satisfaction ÷ the best this partner could get in any feasible schedule (0–1). */
  shareOfBest: z.number().min(0).max(1),
  fearsAddressed: z.array(ZFearAddressed),
});
export type TPartnerOutcome = z.infer<typeof ZPartnerOutcome>;

export const ZUnmetWish = z.object({
  partner: ZPartnerKey,
  wishId: z.string(),
  label: z.string(),
  kind: z.enum(["need", "together"]),
  reason: z.string(),
});
export type TUnmetWish = z.infer<typeof ZUnmetWish>;

export const PROPOSAL_KINDS = ["balanced", "start-small", "equal-share", "nash"] as const;
export const ZProposalKind = z.enum(PROPOSAL_KINDS);
export type TProposalKind = z.infer<typeof ZProposalKind>;

export const ZProposal = z.object({
  id: z.string(),
  kind: ZProposalKind,
  title: z.string(),
  blocks: z.array(ZBlock),
  /** Only for "start-small": week 1..n, each a subset of the next; the last is the full plan. */
  weeks: z.array(z.array(ZBlock)).optional(),
  /** Only for "start-small": each partner's satisfaction (0–100) in the last week, where the plan arrives. */
  arrivesAt: z.object({ A: z.number().min(0).max(100), B: z.number().min(0).max(100) }).optional(),
  checkIns: ZCheckInPlan,
  partners: z.object({ A: ZPartnerOutcome, B: ZPartnerOutcome }),
  explanation: z.array(z.string()),
  unmet: z.array(ZUnmetWish),
  /** False only if the exact search hit its node limit (never seen in the bench). */
  isExact: z.boolean(),
});
export type TProposal = z.infer<typeof ZProposal>;

export const ZProposalSet = z.object({
  timeZone: z.string(),
  proposals: z.array(ZProposal).min(2).max(4),
});
export type TProposalSet = z.infer<typeof ZProposalSet>;
export type ProposalSet = TProposalSet;
