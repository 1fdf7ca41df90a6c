import type { IncomingMessage, ServerResponse } from "node:http";
import { summaryFor } from "../../core/negotiation/summary";
import { spaceIdOfAccessCookie } from "../../core/protocol/handshake";
import { ZForgetSpaceRequest, type TYourSpace, type TYourSpacesResponse } from "../../core/protocol/your-spaces";
import { findAccessByTokenHash, revokeToken } from "../../db/access-tokens";
import { accessCookie, forgetCookie, readAllCookies } from "../auth/cookies";
import { signedInHolder } from "../auth/signed-in";
import { hashToken, isWellFormedToken } from "../auth/tokens";
import type { HttpDeps } from "./http-deps";
import { parseJsonRequest } from "./json-request";
import { sendJson } from "./respond";

/** More spaces than anyone keeps on one device; a header stuffed with cookies costs no more than this. */
const MAX_SPACES = 50;

/**
 * GET /api/your-spaces — "Your spaces" on the home page (HOME1). Nothing about a space is
 * kept in the browser's own storage: the device's httpOnly cookies, one per space, are
 * the memory, read here. Each visit renews the cookies of live spaces, so a space used
 * now and then stays remembered for months.
 */
export async function yourSpacesRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  const remembered = readAllCookies(req.headers.cookie)
    .flatMap(([name, token]) => {
      const spaceId = spaceIdOfAccessCookie(name);
      return spaceId ? [{ spaceId, token }] : [];
    })
    .slice(0, MAX_SPACES);
  const isSecure = deps.publicUrl.startsWith("https:");
  const cookies: string[] = [];
  const spaces = await Promise.all(
    remembered.map(async ({ spaceId, token }): Promise<TYourSpace | null> => {
      const access = isWellFormedToken(token) ? await findAccessByTokenHash(deps.db, hashToken(token)) : null;
      if (!access || access.spaceId !== spaceId) {
        // Not a key to anything: forget it quietly, there is nothing to show.
        cookies.push(forgetCookie(spaceId, isSecure));
        return null;
      }
      if (access.isRevoked) return { status: "signed-out", spaceId };
      const summary = summaryFor(await deps.store.refresh(spaceId), access.participantId);
      if (!summary) return null;
      cookies.push(accessCookie(spaceId, token, isSecure));
      return { status: "signed-in", ...summary };
    }),
  );
  const answer: TYourSpacesResponse = {
    spaces: spaces
      .filter((s): s is TYourSpace => s !== null)
      .sort((a, b) => lastActivity(b).localeCompare(lastActivity(a))),
    now: deps.now().toISOString(),
  };
  sendJson(res, 200, answer, cookies.length > 0 ? { "set-cookie": cookies } : {});
}

/**
 * POST /api/your-spaces/forget — this device stops remembering a space (a shared or
 * borrowed device). A key that came with a device code is spent too, so it opens
 * nothing even if the cookie was copied; a personal link keeps working.
 */
export async function forgetSpaceRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  const request = await parseJsonRequest(req, res, {
    schema: ZForgetSpaceRequest,
    publicOrigin: deps.publicOrigin,
    maxBytes: 1024,
    refusedOrigin: "Spaces can only be forgotten from Breathing Room’s own pages.",
  });
  if (!request) return;
  const holder = await signedInHolder(deps.db, req.headers.cookie, request.spaceId);
  if (holder.ok && holder.kind === "device") await revokeToken(deps.db, holder.tokenHash, deps.now());
  deps.log.info({ event: "space forgotten on a device", space: request.spaceId }, "space forgotten");
  sendJson(res, 200, { forgotten: request.spaceId }, { "set-cookie": forgetCookie(request.spaceId, deps.publicUrl.startsWith("https:")) });
}

function lastActivity(space: TYourSpace): string {
  return space.status === "signed-in" ? (space.lastActivityAt ?? space.createdAt ?? "") : "";
}
