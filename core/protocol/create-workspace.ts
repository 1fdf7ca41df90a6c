import { z } from "zod";
import { ZParticipantName } from "../negotiation/participants";

/** POST /api/workspaces: the counsellors' page form. */
export const ZCreateWorkspaceRequest = z.object({ counsellorName: ZParticipantName }).strict();
export type TCreateWorkspaceRequest = z.input<typeof ZCreateWorkspaceRequest>;

export const ZCreateWorkspaceResponse = z.object({ workspaceId: z.string(), link: z.string() });
export type TCreateWorkspaceResponse = z.infer<typeof ZCreateWorkspaceResponse>;
