import { z } from "zod";
import { isUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "../protocol/storable-text";

/**
 * What each partner answers privately at a check-in on their agreement (CHK3). Every bound
 * here is also what the form enforces; a draft is the same with every field optional, still
 * bounded, so a draft can never grow without limit.
 */

/** The parts of an agreement a partner looks back on, from their own side. */
export const CHECK_IN_PARTS = ["myAlone", "partnerAlone", "together", "inTouch"] as const;
export type TCheckInPart = (typeof CHECK_IN_PARTS)[number];

export const KEPT_ANSWERS = ["kept", "partly", "not"] as const;
export const EASED_ANSWERS = ["yes", "a-little", "no"] as const;
/** How it felt, 1–5; people see words ("hard" … "very good"), never the number. */
export const FELT_SCALE = [1, 2, 3, 4, 5] as const;

export const CHECK_IN_WORDS_MAX = 80;
export const CHECK_IN_TEXT_MAX = 300;

const ZCheckInText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Please keep this under ${max} characters.`)
    .refine((text) => !isUnstorableText(text), UNSTORABLE_TEXT_MESSAGE);

const ZPartAnswerFields = z.object({
  kept: z.enum(KEPT_ANSWERS),
  felt: z.number().int().min(1, "Choose how it felt.").max(5, "Choose how it felt."),
  /** A few words on how it felt, if the scale is not enough. */
  feltWords: ZCheckInText(CHECK_IN_WORDS_MAX).optional(),
  keep: ZCheckInText(CHECK_IN_TEXT_MAX).optional(),
  change: ZCheckInText(CHECK_IN_TEXT_MAX).optional(),
});
export const ZPartAnswer = ZPartAnswerFields.strict();
export type TPartAnswer = z.infer<typeof ZPartAnswer>;

/** Whether one of the partner's own fears (by its place in their statement) eased. */
export const ZFearAnswer = z.object({ fear: z.number().int().min(0).max(5), eased: z.enum(EASED_ANSWERS) }).strict();
export type TFearAnswer = z.infer<typeof ZFearAnswer>;

export const ZCheckInAnswers = z
  .object({
    parts: z.object({ myAlone: ZPartAnswer, partnerAlone: ZPartAnswer, together: ZPartAnswer, inTouch: ZPartAnswer }).strict(),
    fears: z.array(ZFearAnswer).max(6, "Six fears at most."),
  })
  .strict();
export type TCheckInAnswers = z.infer<typeof ZCheckInAnswers>;

const ZPartDraft = ZPartAnswerFields.partial().strict();
export const ZCheckInDraft = z
  .object({
    parts: z.object({ myAlone: ZPartDraft, partnerAlone: ZPartDraft, together: ZPartDraft, inTouch: ZPartDraft }).partial().strict(),
    fears: z.array(ZFearAnswer.partial().strict()).max(6, "Six fears at most."),
  })
  .partial()
  .strict();
export type TCheckInDraft = z.infer<typeof ZCheckInDraft>;

export const REVIEW_WEEKS_MIN = 1;
export const REVIEW_WEEKS_MAX = 12;
export const REVIEW_WEEKS_DEFAULT = 4;

/** What to do after a check-in's reveal (CHK6). */
export const ZCheckInChoice = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("keep"),
      weeks: z
        .number()
        .int("Choose whole weeks.")
        .min(REVIEW_WEEKS_MIN, `The next review is at least ${REVIEW_WEEKS_MIN} week away.`)
        .max(REVIEW_WEEKS_MAX, `The next review is at most ${REVIEW_WEEKS_MAX} weeks away.`),
    })
    .strict(),
  z.object({ kind: z.literal("adjust") }).strict(),
  z.object({ kind: z.literal("afresh") }).strict(),
]);
export type TCheckInChoice = z.infer<typeof ZCheckInChoice>;

export function isSameChoice(a: TCheckInChoice | undefined, b: TCheckInChoice | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  return a.kind !== "keep" || a.weeks === (b as { weeks: number }).weeks;
}
