import { z } from "zod";
import { ZParticipantName } from "../negotiation/participants";

/** POST /api/workspaces: the counsellors' page form. */
export const ZCreateWorkspaceRequest = z.object({ counsellorName: ZParticipantName }).strict();
export type TCreateWorkspaceRequest = z.input<typeof ZCreateWorkspaceRequest>;

export const ZCreateWorkspaceResponse = z.object({ workspaceId: z.string(), link: z.string(), recoveryCode: z.string() });
export type TCreateWorkspaceResponse = z.infer<typeof ZCreateWorkspaceResponse>;

/** POST /api/workspaces/recover: every device lost, the recovery code kept at creation. */
export const ZRecoverWorkspaceRequest = z.object({ recoveryCode: z.string().trim().min(1, "Please enter your recovery code.").max(200) }).strict();

export const ZWorkspaceKeysResponse = z.object({ workspaceId: z.string(), link: z.string(), recoveryCode: z.string().optional() });
export type TWorkspaceKeysResponse = z.infer<typeof ZWorkspaceKeysResponse>;
