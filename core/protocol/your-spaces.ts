import { z } from "zod";
import type { TSpaceSummary } from "../negotiation/summary";

/**
 * GET /api/your-spaces: the spaces this device is signed in to, read on the server from
 * its own httpOnly cookies (HOME1). A space whose key was replaced since shows as signed
 * out, with nothing of it but its id: the device may no longer see more.
 */
export type TYourSpace = ({ status: "signed-in" } & TSpaceSummary) | { status: "signed-out"; spaceId: string };
/** `now` is the server's clock: whether a review is due is its call, not a phone's. */
export type TYourSpacesResponse = { spaces: TYourSpace[]; now: string };

/** POST /api/your-spaces/forget: this device stops remembering one space. */
export const ZForgetSpaceRequest = z.object({ spaceId: z.string().uuid() }).strict();
