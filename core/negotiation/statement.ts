import { z } from "zod";
import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../week/slots";
import { CHECK_IN_CHANNELS, CHECK_IN_FREQUENCIES, FEAR_KINDS, NEED_KINDS, type TSleepHours } from "./statement-terms";

export {
  busyOrAsleep,
  CHECK_IN_CHANNELS,
  CHECK_IN_FREQUENCIES,
  DEFAULT_SLEEP_HOURS,
  EMPTY_BUSY_GRID,
  FEAR_KINDS,
  isSleepHalfHour,
  NEED_KINDS,
  type TSleepHours,
} from "./statement-terms";

/**
 * What each partner writes privately (DESIGN.md, "The flow", step 3). These schemas
 * are the boundary for drafts and submitted statements; every bound here is also
 * what the form enforces, so a statement that parses is one the scheduler can use.
 */

const ZText = (max: number) => z.string().trim().max(max, `Please keep this under ${max} characters.`);
const ZHalfHours = z.number().multipleOf(0.5, "Use whole or half hours.");

export const ZNeedKind = z.enum(NEED_KINDS);

export const ZFearKind = z.enum(FEAR_KINDS);

export const ZCheckInFrequency = z.enum(CHECK_IN_FREQUENCIES);

export const ZCheckInChannel = z.enum(CHECK_IN_CHANNELS);

/** A preferred window: some days, a span of the day, and how much it matters (1–3). */
export const ZWindow = z
  .object({
    days: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    startHalfHour: z.number().int().min(0).max(SLOTS_PER_DAY - 1),
    endHalfHour: z.number().int().min(1).max(SLOTS_PER_DAY),
    weight: z.number().int().min(1).max(3),
  })
  .refine((w) => w.endHalfHour > w.startHalfHour, { message: "A window must end after it starts." });
export type TWindow = z.infer<typeof ZWindow>;

const ZNeedFields = z.object({
  id: z.string().min(1).max(40),
  label: ZText(80).min(1, "Give this need a short name."),
  kind: ZNeedKind,
  minHoursPerWeek: ZHalfHours.min(0).max(60),
  idealHoursPerWeek: ZHalfHours.min(0.5).max(60),
  minBlockMinutes: z.number().int().multipleOf(30).min(30).max(480),
  windows: z.array(ZWindow).max(6),
  priority: z.number().int().min(1).max(5),
});

export const ZNeed = ZNeedFields.refine((n) => n.idealHoursPerWeek >= n.minHoursPerWeek, {
    message: "The ideal can't be less than the minimum.",
    path: ["idealHoursPerWeek"],
  }).refine((n) => n.minHoursPerWeek === 0 || n.minHoursPerWeek * 60 >= n.minBlockMinutes, {
    message: "The minimum hours must hold at least one block.",
    path: ["minBlockMinutes"],
  });
export type TNeed = z.infer<typeof ZNeed>;

/** Time together this partner wishes for, e.g. a recurring date night. */
const ZTogetherWishFields = z.object({
  id: z.string().min(1).max(40),
  label: ZText(80).min(1, "Give this a short name, like “Date night”."),
  minHoursPerWeek: ZHalfHours.min(0).max(40),
  idealHoursPerWeek: ZHalfHours.min(0.5).max(40),
  minBlockMinutes: z.number().int().multipleOf(30).min(30).max(480),
  windows: z.array(ZWindow).max(6),
  /** WIN1: only within its windows ("Sunday walk" on Sundays), not merely preferring them. */
  onlyInWindows: z.boolean().optional(),
});
export const ZTogetherWish = ZTogetherWishFields.refine((w) => w.idealHoursPerWeek >= w.minHoursPerWeek, {
  message: "The ideal can't be less than the minimum.",
  path: ["idealHoursPerWeek"],
}).refine((w) => !w.onlyInWindows || w.windows.length > 0, {
  message: "Add at least one day and time, or let it be any time you are both free.",
  path: ["windows"],
});
export type TTogetherWish = z.infer<typeof ZTogetherWish>;

export const ZFear = z.object({
  kind: ZFearKind,
  intensity: z.number().int().min(1).max(5),
  words: ZText(500),
});
export type TFear = z.infer<typeof ZFear>;

export const ZReassurance = z.object({
  frequency: ZCheckInFrequency,
  channel: ZCheckInChannel,
  words: ZText(300),
});
export type TReassurance = z.infer<typeof ZReassurance>;

/** 336 characters, one per 30-minute slot of the week from Monday 00:00: "1" = busy. */
export const ZBusyGrid = z
  .string()
  .length(SLOTS_PER_WEEK)
  .regex(/^[01]+$/, "The availability grid holds only 0 and 1.");

/** Usual sleep hours (SLP1; see TSleepHours in statement-terms.ts). */
export const ZSleepHours = z.object({
  fromHalfHour: z.number().int().min(0).max(SLOTS_PER_DAY - 1),
  toHalfHour: z.number().int().min(0).max(SLOTS_PER_DAY - 1),
}) satisfies z.ZodType<TSleepHours>;

export const ZStatement = z.object({
  appreciation: ZText(1000).min(1, "Start with something you value about the two of you."),
  needs: z.array(ZNeed).min(1, "Name at least one need.").max(8, "Eight needs at most."),
  together: z.array(ZTogetherWish).max(3),
  fears: z.array(ZFear).max(6, "Six fears at most."),
  reassurance: ZReassurance,
  busy: ZBusyGrid,
  /** Absent in statements written before it was asked: DEFAULT_SLEEP_HOURS. */
  sleep: ZSleepHours.optional(),
});
export type TStatement = z.infer<typeof ZStatement>;

/**
 * A draft is anything on the way to a statement: every field optional, but every
 * present field still bounded, so a draft can never grow without limit.
 */
export const ZStatementDraft = z.object({
  appreciation: ZText(1000).optional(),
  needs: z.array(ZNeedFields.partial()).max(8).optional(),
  together: z.array(ZTogetherWishFields.partial()).max(3).optional(),
  fears: z.array(ZFear.partial()).max(6).optional(),
  reassurance: ZReassurance.partial().optional(),
  busy: ZBusyGrid.optional(),
  sleep: ZSleepHours.optional(),
});
export type TStatementDraft = z.infer<typeof ZStatementDraft>;

/** A partner's later change to one of their own needs, when asking for proposals again. */
export const ZWishChange = z
  .object({
    wishId: z.string().min(1).max(40),
    minHoursPerWeek: ZHalfHours.min(0).max(60).optional(),
    idealHoursPerWeek: ZHalfHours.min(0.5).max(60).optional(),
    priority: z.number().int().min(1).max(5).optional(),
  })
  .strict();
export type TWishChange = z.infer<typeof ZWishChange>;
