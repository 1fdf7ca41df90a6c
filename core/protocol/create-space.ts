import { z } from "zod";
import { ZParticipantName, ZRole } from "../negotiation/participants";
import { ZTimeZone } from "../time/time-zone";

/** POST /api/spaces: the home page's form. */
export const ZCreateSpaceRequest = z.object({
  partnerA: ZParticipantName,
  partnerB: ZParticipantName,
  counsellor: z
    .string()
    .trim()
    .max(40, "A name of up to 40 characters, please.")
    .optional()
    .transform((name) => (name ? name : undefined)),
  timeZone: ZTimeZone,
});
export type TCreateSpaceRequest = z.input<typeof ZCreateSpaceRequest>;

export const ZPersonalLink = z.object({
  participantId: z.string(),
  role: ZRole,
  name: z.string(),
  link: z.string(),
});
export type TPersonalLink = z.infer<typeof ZPersonalLink>;

export const ZCreateSpaceResponse = z.object({
  spaceId: z.string(),
  spaceUrl: z.string(),
  links: z.array(ZPersonalLink),
});
export type TCreateSpaceResponse = z.infer<typeof ZCreateSpaceResponse>;
