import { z } from "zod";

export const ROLES = ["partnerA", "partnerB", "counsellor"] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

export const ZParticipantName = z
  .string()
  .trim()
  .min(1, "Please enter a first name.")
  .max(40, "A first name of up to 40 characters, please.");

export const ZParticipant = z.object({
  id: z.string(),
  role: ZRole,
  name: z.string(),
  /** A counsellor's workspace, when the space is in one (counsellors only). */
  workspaceId: z.string().optional(),
});
export type TParticipant = z.infer<typeof ZParticipant>;

export function isPartner(role: TRole): boolean {
  return role === "partnerA" || role === "partnerB";
}
