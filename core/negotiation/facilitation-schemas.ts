import { z } from "zod";
import { AGENDA_STEPS, MAX_PROMPT_CHARS } from "./facilitation-terms";

export { AGENDA_STEPS, MAX_PROMPT_CHARS } from "./facilitation-terms";

/**
 * The shapes of facilitation, shared by commands (what a counsellor may send) and events
 * (what the log keeps). The steps follow a counselling session: write, read what was
 * revealed, reflect, then look at proposals together.
 */
export const ZAgendaStep = z.enum(AGENDA_STEPS);
export type TAgendaStep = z.infer<typeof ZAgendaStep>;

/** Steps a counsellor may hold closed. Never the reveal: it belongs to the partners (REV3, FAC3). */
export const HOLDABLE_STEPS = ["reflect", "proposals"] as const;
export const ZHoldableStep = z.enum(HOLDABLE_STEPS, { message: "Only reflecting or proposals can be held; the reveal always belongs to the two partners." });
export type THoldableStep = z.infer<typeof ZHoldableStep>;

export const MAX_STEP_MINUTES = 120;
export const ZTimerMinutes = z
  .number({ message: "Please give a number of minutes." })
  .int("Whole minutes, please.")
  .min(1, "At least one minute, please.")
  .max(MAX_STEP_MINUTES, `At most ${MAX_STEP_MINUTES} minutes at a time.`);

export const ZAgendaItem = z.object({ step: ZAgendaStep, minutes: ZTimerMinutes }).strict();
export type TAgendaItem = z.infer<typeof ZAgendaItem>;

export const ZAgenda = z
  .array(ZAgendaItem)
  .length(AGENDA_STEPS.length, "The agenda has one duration for each step.")
  .refine((items) => items.every((item, i) => item.step === AGENDA_STEPS[i]), { message: "The agenda's steps go write, read, reflect, proposals." });
export type TAgenda = z.infer<typeof ZAgenda>;

export const DEFAULT_AGENDA: TAgenda = [
  { step: "write", minutes: 20 },
  { step: "read", minutes: 10 },
  { step: "reflect", minutes: 15 },
  { step: "proposals", minutes: 20 },
];

export const ZPromptText = z
  .string()
  .trim()
  .min(1, "Please write a few words for the prompt.")
  .max(MAX_PROMPT_CHARS, `A prompt is a short card: ${MAX_PROMPT_CHARS} characters at most.`);

/** What a statement is made of; a spotlight shows one of these parts, or one item of a list. */
export const STATEMENT_PARTS = ["appreciation", "needs", "together", "fears", "reassurance"] as const;
export const ZStatementPart = z.enum(STATEMENT_PARTS);
export type TStatementPart = z.infer<typeof ZStatementPart>;

export const ZSpotlightTarget = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("proposal"), proposalId: z.string().min(1).max(120) }).strict(),
  z
    .object({
      kind: z.literal("statement"),
      participantId: z.string().min(1).max(64),
      part: ZStatementPart,
      /** One need, wish or fear of a list; absent for the whole part. */
      index: z.number().int().min(0).max(50).optional(),
    })
    .strict(),
]);
export type TSpotlightTarget = z.infer<typeof ZSpotlightTarget>;
