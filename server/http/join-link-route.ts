import type { ServerResponse } from "node:http";
import { accessCookie } from "../auth/cookies";
import { resolveToken } from "../auth/access";
import { redirect } from "./respond";
import type { HttpDeps } from "./http-deps";

/**
 * GET /j/<token> — a personal link. It signs this device in as that participant (the
 * cookie) and moves on to the space, so the token leaves the address bar at once.
 * A bad link goes to a page that says what is wrong, in plain words.
 */
export async function joinLinkRoute(res: ServerResponse, token: string, deps: HttpDeps): Promise<void> {
  const access = await resolveToken(deps.db, token);
  if (!access.ok) {
    deps.log.info({ event: "link refused", reason: access.reason }, "link refused");
    return redirect(res, `/link-problem?reason=${access.reason}`);
  }
  deps.log.info({ event: "link opened", space: access.spaceId, participant: access.participantId }, "link opened");
  redirect(res, `/s/${access.spaceId}`, {
    "set-cookie": accessCookie(access.spaceId, token, deps.publicUrl.startsWith("https:")),
  });
}
