import { z } from "zod";
import { ZParticipant } from "./participants";
import { ZProposal } from "../scheduler/proposal";
import { ZStatement, ZStatementDraft, ZWishChange } from "./statement";
import { ZCheckInAnswers, ZCheckInChoice, ZCheckInDraft } from "./check-in-schemas";
import { ZAgenda, ZAgendaStep, ZHoldableStep, ZSpotlightTarget } from "./facilitation-schemas";

/**
 * Facts in a space's append-only log, named in the past tense. The log is parsed with
 * these schemas when it is read back from the database, so an old or damaged row fails
 * loudly instead of folding into a wrong state.
 */
const event = <TType extends string, TData extends z.ZodType>(type: TType, data: TData) =>
  z.object({ type: z.literal(type), data });

const ZParticipantRef = z.object({ participantId: z.string() });

export const ZSpaceEvent = z.discriminatedUnion("type", [
  event("space:created", z.object({ timeZone: z.string(), participants: z.array(ZParticipant) })),
  event("participant:joined", ZParticipantRef),
  /** How earlier versions recorded a replaced link (who made it is the event's actor); read, never written. */
  event("link:renewed", ZParticipantRef),
  /** Someone made a new link for `participantId`; `by` is who (null: the server). The old one stopped working. */
  event("link:replaced", z.object({ participantId: z.string(), by: z.string().nullable() })),
  /** The person saw that someone else made them a new link (KEY2). */
  event("link:acknowledged", ZParticipantRef),
  /** A partner's calendar address was made (a new one replaces the one before) or turned off (CAL3). */
  event("calendar:feed-created", ZParticipantRef),
  event("calendar:feed-revoked", ZParticipantRef),
  event("draft:saved", z.object({ participantId: z.string(), round: z.number(), draft: ZStatementDraft })),
  event("statement:submitted", z.object({ participantId: z.string(), round: z.number(), statement: ZStatement })),
  event("statement:unlocked", z.object({ participantId: z.string(), round: z.number() })),
  event("statements:revealed", z.object({ round: z.number() })),
  event(
    "reflection:offered",
    z.object({ by: z.string(), about: z.string(), attempt: z.number(), need: z.string(), fear: z.string() }),
  ),
  event(
    "reflection:answered",
    z.object({ by: z.string(), about: z.string(), attempt: z.number(), verdict: z.enum(["confirmed", "not-quite"]), clarification: z.string() }),
  ),
  event("reflection:skip-changed", z.object({ participantId: z.string(), wantsToSkip: z.boolean() })),
  event("reflection:completed", z.object({ how: z.enum(["confirmed", "skipped"]) })),
  event("pause:started", z.object({ pauseId: z.string(), by: z.string(), returnAt: z.string(), note: z.string() })),
  event(
    "pause:return-proposed",
    z.object({
      proposalId: z.string(),
      by: z.string(),
      kind: z.enum(["change", "more-time"]),
      returnAt: z.string(),
      note: z.string(),
      awaiting: z.array(z.string()),
    }),
  ),
  event("pause:proposal-answered", z.object({ proposalId: z.string(), by: z.string(), accept: z.boolean() })),
  event("pause:return-changed", z.object({ pauseId: z.string(), returnAt: z.string(), proposalId: z.string() })),
  event("pause:ended", z.object({ pauseId: z.string(), how: z.enum(["early", "return-time"]), by: z.string().nullable() })),
  event("proposals:generated", z.object({ inputsVersion: z.number(), proposals: z.array(ZProposal) })),
  event("proposal:adjusted", z.object({ proposalId: z.string(), version: z.number(), by: z.string(), proposal: ZProposal })),
  event("wishes:adjusted", z.object({ participantId: z.string(), changes: z.array(ZWishChange) })),
  event("proposal:accepted", z.object({ by: z.string(), proposalId: z.string(), version: z.number() })),
  event(
    "agreement:made",
    z.object({
      version: z.number(),
      proposal: ZProposal.extend({ version: z.number(), adjustedBy: z.string().nullable() }),
      reviewAt: z.string(),
    }),
  ),
  /* Check-ins (CHK1–CHK8); `number` counts the space's check-ins from 1. */
  event("check-in:requested", z.object({ by: z.string() })),
  event("check-in:request-accepted", z.object({ by: z.string() })),
  event("check-in:request-declined", z.object({ by: z.string() })),
  event("check-in:opened", z.object({ number: z.number(), agreementVersion: z.number(), how: z.enum(["review-date", "early"]) })),
  event("check-in:draft-saved", z.object({ participantId: z.string(), number: z.number(), draft: ZCheckInDraft })),
  event("check-in:submitted", z.object({ participantId: z.string(), number: z.number(), answers: ZCheckInAnswers })),
  event("check-in:unlocked", z.object({ participantId: z.string(), number: z.number() })),
  event("check-in:revealed", z.object({ number: z.number() })),
  event("check-in:chosen", z.object({ by: z.string(), number: z.number(), choice: ZCheckInChoice })),
  /** Both chose the same; keeping sets the next review (`reviewAt`), adjusting or afresh is followed by `round:started`. */
  event("check-in:decided", z.object({ number: z.number(), choice: ZCheckInChoice, reviewAt: z.string().nullable() })),
  /** A new negotiation round (CHK7): statements from the last ones ("adjust") or from nothing ("afresh"). */
  event("round:started", z.object({ round: z.number(), how: z.enum(["adjust", "afresh"]) })),
  event("agenda:changed", z.object({ agenda: ZAgenda })),
  event("timer:started", z.object({ step: ZAgendaStep, minutes: z.number(), endsAt: z.string() })),
  event("timer:extended", z.object({ minutes: z.number(), endsAt: z.string() })),
  event("timer:stopped", z.object({})),
  event("prompt:sent", z.object({ promptId: z.string(), text: z.string() })),
  event("step:held", z.object({ step: ZHoldableStep })),
  event("step:released", z.object({ step: ZHoldableStep })),
  event("spotlight:set", z.object({ target: ZSpotlightTarget })),
  event("spotlight:cleared", z.object({})),
  event("counsellor:invite-proposed", z.object({ inviteId: z.string(), by: z.string(), name: z.string(), participantId: z.string() })),
  event("counsellor:invite-declined", z.object({ inviteId: z.string(), by: z.string() })),
  event("counsellor:invited", z.object({ inviteId: z.string(), participantId: z.string(), name: z.string() })),
  event("counsellor:linked", z.object({ participantId: z.string(), workspaceId: z.string() })),
  event("counsellor:removed", z.object({ participantId: z.string(), by: z.string() })),
]);
export type TSpaceEvent = z.infer<typeof ZSpaceEvent>;
export type TSpaceEventType = TSpaceEvent["type"];
export type TEventOf<TType extends TSpaceEventType> = Extract<TSpaceEvent, { type: TType }>;

/** An event as stored: the fact plus who caused it, when, and its place in the log. */
export type TRecordedEvent = TSpaceEvent & {
  seq: number;
  actor: string;
  at: string;
};
