import { z } from "zod";

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

export const ZLinkRenew = z.object({
  type: z.literal("link:renew"),
  payload: z.object({ participantId: z.string().uuid() }).strict(),
});

export const ZClientCommandBody = z.discriminatedUnion("type", [ZLinkRenew]);
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
