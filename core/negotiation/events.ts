import { z } from "zod";
import { ZParticipant } from "./participants";

/**
 * Facts in a space's append-only log, named in the past tense. The log is parsed with
 * these schemas when it is read back from the database, so an old or damaged row fails
 * loudly instead of folding into a wrong state.
 */
export const ZSpaceCreated = z.object({
  type: z.literal("space:created"),
  data: z.object({
    timeZone: z.string(),
    participants: z.array(ZParticipant),
  }),
});

export const ZParticipantJoined = z.object({
  type: z.literal("participant:joined"),
  data: z.object({ participantId: z.string() }),
});

export const ZLinkRenewed = z.object({
  type: z.literal("link:renewed"),
  data: z.object({ participantId: z.string() }),
});

export const ZSpaceEvent = z.discriminatedUnion("type", [ZSpaceCreated, ZParticipantJoined, ZLinkRenewed]);
export type TSpaceEvent = z.infer<typeof ZSpaceEvent>;
export type TSpaceEventType = TSpaceEvent["type"];

/** An event as stored: the fact plus who caused it, when, and its place in the log. */
export type TRecordedEvent = TSpaceEvent & {
  seq: number;
  actor: string;
  at: string;
};
