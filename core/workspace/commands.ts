import { z } from "zod";
import { ZCommandId } from "../protocol/commands";
import { ZNoteText } from "./schemas";
import { ZParticipantName } from "../negotiation/participants";
import { ZTimeZone } from "../time/time-zone";

/** What a counsellor sends on their workspace's socket (`/workspace`), as `{ id, type, payload }` with an ack. */
export const ZNoteWrite = z.object({
  type: z.literal("note:write"),
  payload: z.object({ spaceId: z.string().uuid(), text: ZNoteText }).strict(),
});

export const ZNoteEdit = z.object({
  type: z.literal("note:edit"),
  payload: z.object({ noteId: z.string().min(1).max(40), text: ZNoteText }).strict(),
});

export const ZNoteDelete = z.object({
  type: z.literal("note:delete"),
  payload: z.object({ noteId: z.string().min(1).max(40) }).strict(),
});

/** Adds a couple's space by the counsellor link the partners handed over (CNS1 made it). */
export const ZSpaceAddByLink = z.object({
  type: z.literal("space:add-by-link"),
  payload: z.object({ link: z.string().trim().min(1, "Please paste the link the couple gave you.").max(400) }).strict(),
});

/** A new space for a couple, with this workspace's counsellor in it; the partners' links come back in the ack. */
export const ZCoupleCreate = z.object({
  type: z.literal("couple:create"),
  payload: z.object({ partnerA: ZParticipantName, partnerB: ZParticipantName, timeZone: ZTimeZone }).strict(),
});

export const ZWorkspaceCommandBody = z.discriminatedUnion("type", [ZNoteWrite, ZNoteEdit, ZNoteDelete, ZSpaceAddByLink, ZCoupleCreate]);
export type TWorkspaceClientCommand = z.infer<typeof ZWorkspaceCommandBody>;
export const WORKSPACE_COMMAND_TYPES = ZWorkspaceCommandBody.options.map((o) => o.shape.type.value);

/** Commands only the server issues on a workspace. */
export type TWorkspaceSystemCommand =
  | { type: "workspace:create"; payload: { counsellorName: string } }
  | { type: "space:add"; payload: { spaceId: string; how: "created" | "invited" } };

export type TWorkspaceCommand = Exclude<TWorkspaceClientCommand, { type: "space:add-by-link" | "couple:create" }> | TWorkspaceSystemCommand;

export const ZWorkspaceEnvelope = z.object({ id: ZCommandId, type: z.string().max(64), payload: z.unknown() });
