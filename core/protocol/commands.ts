import { z } from "zod";
import { ZStatement, ZStatementDraft, ZWishChange } from "../negotiation/statement";
import { SLOTS_PER_WEEK } from "../week/slots";
import { ZParticipantName } from "../negotiation/participants";
import { ZCheckInAnswers, ZCheckInChoice, ZCheckInDraft } from "../negotiation/check-in-schemas";
import { ZAgenda, ZAgendaStep, ZHoldableStep, ZPromptText, ZSpotlightTarget, ZTimerMinutes } from "../negotiation/facilitation-schemas";

/**
 * Commands a client may send, as `command` `{ id, type, payload }` with an ack.
 * Names go `noun:verb`. The id is the idempotency key: a retry with the same id after
 * a reconnect is acknowledged again but applied once.
 */
export const ZCommandId = z
  .string()
  .min(8, "A command id needs at least 8 characters.")
  .max(64, "A command id has at most 64 characters.")
  .regex(/^[A-Za-z0-9_-]+$/, "A command id uses letters, digits, - and _ only.");

const ZReflectionText = (max: number) => z.string().trim().max(max, `Please keep this under ${max} characters.`);

export const ZLinkRenew = z.object({
  type: z.literal("link:renew"),
  payload: z.object({ participantId: z.string().uuid() }).strict(),
});

/** "I've seen that someone made me a new link" (KEY2): the notice stops on every device. */
export const ZLinkAcknowledge = z.object({
  type: z.literal("link:acknowledge"),
  payload: z.object({}).strict(),
});

/** A new personal calendar address for the agreed week (the one before stops working); returned once, in the ack. */
export const ZCalendarSubscribe = z.object({
  type: z.literal("calendar:subscribe"),
  payload: z.object({}).strict(),
});

/** The calendar address stops working. */
export const ZCalendarUnsubscribe = z.object({
  type: z.literal("calendar:unsubscribe"),
  payload: z.object({}).strict(),
});

export const ZStatementSaveDraft = z.object({
  type: z.literal("statement:saveDraft"),
  payload: z.object({ draft: ZStatementDraft }).strict(),
});

export const ZStatementSubmit = z.object({
  type: z.literal("statement:submit"),
  payload: z.object({ statement: ZStatement }).strict(),
});

export const ZStatementUnlock = z.object({
  type: z.literal("statement:unlock"),
  payload: z.object({}).strict(),
});

/** After the reveal: in my own words, my partner's most important need and fear. */
export const ZReflectionOffer = z.object({
  type: z.literal("reflection:offer"),
  payload: z
    .object({
      need: ZReflectionText(500).min(1, "Say in your own words what your partner needs most."),
      fear: ZReflectionText(500),
    })
    .strict(),
});

/** The partner reflected upon answers: "that's it", or "not quite" with a clarification. */
export const ZReflectionAnswer = z.object({
  type: z.literal("reflection:answer"),
  payload: z
    .object({
      attempt: z.number().int().min(1).max(1000),
      verdict: z.enum(["confirmed", "not-quite"]),
      clarification: ZReflectionText(500).optional(),
    })
    .strict()
    .refine((a) => a.verdict === "confirmed" || (a.clarification ?? "").length > 0, {
      message: "Please say what your partner missed, so they can try again.",
      path: ["clarification"],
    }),
});

export const ZReflectionSkip = z.object({
  type: z.literal("reflection:skip"),
  payload: z.object({ wantsToSkip: z.boolean() }).strict(),
});

/** An instant with its offset, e.g. "2026-11-26T20:00:00+01:00" or "…Z". */
const ZInstant = z.iso.datetime({ offset: true, message: "Please give a date and time." });
const ZPauseNote = z.string().trim().max(200, "A few words, please: 200 characters at most.");

export const ZPauseStart = z.object({
  type: z.literal("pause:start"),
  payload: z.object({ returnAt: ZInstant, note: ZPauseNote.optional() }).strict(),
});

export const ZPauseResume = z.object({
  type: z.literal("pause:resume"),
  payload: z.object({}).strict(),
});

/** A different return time (while paused), or more time (right after a resume); needs consent. */
export const ZPausePropose = z.object({
  type: z.literal("pause:propose"),
  payload: z.object({ returnAt: ZInstant, note: ZPauseNote.optional() }).strict(),
});

export const ZPauseAnswer = z.object({
  type: z.literal("pause:answer"),
  payload: z.object({ proposalId: z.string().min(1).max(40), accept: z.boolean() }).strict(),
});

const ZProposalRef = { proposalId: z.string().min(1).max(120), version: z.number().int().min(1).max(10_000) };

/** Move or resize one block of a proposal; the result is a new version of that proposal. */
export const ZProposalAdjustBlock = z.object({
  type: z.literal("proposal:adjust-block"),
  payload: z
    .object({
      ...ZProposalRef,
      blockIndex: z.number().int().min(0).max(500),
      startSlot: z.number().int().min(0).max(SLOTS_PER_WEEK - 1),
      endSlot: z.number().int().min(1).max(SLOTS_PER_WEEK),
    })
    .strict()
    .refine((p) => p.endSlot > p.startSlot, { message: "A block must end after it starts.", path: ["endSlot"] }),
});

/** Change hours or a weight of my own needs and ask for new proposals. */
export const ZWishesAdjust = z.object({
  type: z.literal("wishes:adjust"),
  payload: z.object({ changes: z.array(ZWishChange).min(1).max(8) }).strict(),
});

export const ZProposalAccept = z.object({
  type: z.literal("proposal:accept"),
  payload: z.object(ZProposalRef).strict(),
});

/* Check-ins on the agreement (CHK1–CHK8): private answers with the statement's guarantees, then a choice made together. */
/** Before the review date: ask the other partner for an early check-in (or agree to theirs, when they asked first). */
export const ZCheckInRequest = z.object({
  type: z.literal("check-in:request"),
  payload: z.object({}).strict(),
});

/** The other partner's answer to an early check-in request. */
export const ZCheckInAnswerRequest = z.object({
  type: z.literal("check-in:answer-request"),
  payload: z.object({ accept: z.boolean() }).strict(),
});

export const ZCheckInSaveDraft = z.object({
  type: z.literal("check-in:saveDraft"),
  payload: z.object({ draft: ZCheckInDraft }).strict(),
});

export const ZCheckInSubmit = z.object({
  type: z.literal("check-in:submit"),
  payload: z.object({ answers: ZCheckInAnswers }).strict(),
});

export const ZCheckInUnlock = z.object({
  type: z.literal("check-in:unlock"),
  payload: z.object({}).strict(),
});

/** After the reveal: keep (with the next review in 1–12 weeks), adjust, or write afresh; decided when both choose the same. */
export const ZCheckInChoose = z.object({
  type: z.literal("check-in:choose"),
  payload: z.object({ choice: ZCheckInChoice }).strict(),
});

/* Facilitation: the counsellor paces and guides; nothing here ever touches a sealed answer (FAC1). */
export const ZAgendaSet = z.object({
  type: z.literal("agenda:set"),
  payload: z.object({ agenda: ZAgenda }).strict(),
});

export const ZTimerStart = z.object({
  type: z.literal("timer:start"),
  payload: z.object({ step: ZAgendaStep, minutes: ZTimerMinutes }).strict(),
});

export const ZTimerExtend = z.object({
  type: z.literal("timer:extend"),
  payload: z.object({ minutes: ZTimerMinutes }).strict(),
});

export const ZTimerStop = z.object({
  type: z.literal("timer:stop"),
  payload: z.object({}).strict(),
});

export const ZPromptSend = z.object({
  type: z.literal("prompt:send"),
  payload: z.object({ text: ZPromptText }).strict(),
});

export const ZStepHold = z.object({
  type: z.literal("step:hold"),
  payload: z.object({ step: ZHoldableStep }).strict(),
});

export const ZStepRelease = z.object({
  type: z.literal("step:release"),
  payload: z.object({ step: ZHoldableStep }).strict(),
});

export const ZSpotlightSet = z.object({
  type: z.literal("spotlight:set"),
  payload: z.object({ target: ZSpotlightTarget }).strict(),
});

export const ZSpotlightClear = z.object({
  type: z.literal("spotlight:clear"),
  payload: z.object({}).strict(),
});

/* A counsellor joins an existing space only when both partners agree (CNS1); either may remove them (CNS2). */
export const ZCounsellorInvite = z.object({
  type: z.literal("counsellor:invite"),
  payload: z.object({ name: ZParticipantName }).strict(),
});

export const ZCounsellorAnswer = z.object({
  type: z.literal("counsellor:answer"),
  payload: z.object({ inviteId: z.string().min(1).max(40), accept: z.boolean() }).strict(),
});

export const ZCounsellorRemove = z.object({
  type: z.literal("counsellor:remove"),
  payload: z.object({ participantId: z.string().uuid() }).strict(),
});

export const ZClientCommandBody = z.discriminatedUnion("type", [
  ZLinkRenew,
  ZLinkAcknowledge,
  ZCalendarSubscribe,
  ZCalendarUnsubscribe,
  ZStatementSaveDraft,
  ZStatementSubmit,
  ZStatementUnlock,
  ZReflectionOffer,
  ZReflectionAnswer,
  ZReflectionSkip,
  ZPauseStart,
  ZPauseResume,
  ZPausePropose,
  ZPauseAnswer,
  ZProposalAdjustBlock,
  ZWishesAdjust,
  ZProposalAccept,
  ZCheckInRequest,
  ZCheckInAnswerRequest,
  ZCheckInSaveDraft,
  ZCheckInSubmit,
  ZCheckInUnlock,
  ZCheckInChoose,
  ZAgendaSet,
  ZTimerStart,
  ZTimerExtend,
  ZTimerStop,
  ZPromptSend,
  ZStepHold,
  ZStepRelease,
  ZSpotlightSet,
  ZSpotlightClear,
  ZCounsellorInvite,
  ZCounsellorAnswer,
  ZCounsellorRemove,
]);
export type TClientCommandBody = z.infer<typeof ZClientCommandBody>;
export type TClientCommandType = TClientCommandBody["type"];
export const CLIENT_COMMAND_TYPES = ZClientCommandBody.options.map((o) => o.shape.type.value);

/** The envelope is parsed first, so an unknown type still gets an ack naming its id. */
export const ZCommandEnvelope = z.object({
  id: ZCommandId,
  type: z.string().max(64),
  payload: z.unknown(),
});
export type TCommandEnvelope = z.infer<typeof ZCommandEnvelope>;

export type TClientCommand = TClientCommandBody & { id: string };

/** The ack's `result` of `calendar:subscribe`, shown once to its owner. */
export type TCalendarAddresses = { webcal: string; https: string };
