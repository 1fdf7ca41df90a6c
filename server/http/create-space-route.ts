import type { IncomingMessage, ServerResponse } from "node:http";
import { ZCreateSpaceRequest, type TCreateSpaceResponse } from "../../core/protocol/create-space";
import { accessCookie } from "../auth/cookies";
import { createSpaceForCouple } from "../spaces/create-space";
import { countAttempt } from "../../db/attempt-counts";
import { clientAddress } from "./device-code-routes";
import { parseJsonRequest } from "./json-request";
import { sendJson } from "./respond";
import type { HttpDeps } from "./http-deps";

const MAX_BODY_BYTES = 16 * 1024;
const HOUR_MS = 60 * 60_000;

/**
 * New spaces are counted per client address in hourly windows, in the database, so the
 * limit holds across processes; past it the answer says plainly when to try again.
 */
async function isOverCreationLimit(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<boolean> {
  const limit = deps.spacesPerAddressPerHour;
  if (limit === null) return false;
  const now = deps.now().getTime();
  const windowStart = Math.floor(now / HOUR_MS) * HOUR_MS;
  const count = await countAttempt(deps.db, { key: `create-space:${clientAddress(req, deps)}`, windowStart: new Date(windowStart) });
  if (count <= limit) return false;
  const minutes = Math.max(1, Math.ceil((windowStart + HOUR_MS - now) / 60_000));
  deps.log.info({ event: "space creation refused", reason: "rate limited" }, "space creation refused");
  sendJson(
    res,
    429,
    { error: { code: "RATE_LIMITED", message: `Many spaces were created from this network in the last hour. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` } },
    { "retry-after": String(minutes * 60) },
  );
  return true;
}

/** POST /api/spaces — parse, create, remember the creator on this device, answer with the links. */
export async function createSpaceRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  const request = await parseJsonRequest(req, res, {
    schema: ZCreateSpaceRequest,
    publicOrigin: deps.publicOrigin,
    maxBytes: MAX_BODY_BYTES,
    refusedOrigin: "Spaces can only be created from Breathing Room's own pages.",
  });
  if (!request) return;
  if (await isOverCreationLimit(req, res, deps)) return;
  const created = await createSpaceForCouple(deps.db, request, { publicUrl: deps.publicUrl, now: deps.now() });
  deps.log.info({ event: "space created", space: created.spaceId, participants: created.links.length }, "space created");
  const response: TCreateSpaceResponse = { spaceId: created.spaceId, spaceUrl: created.spaceUrl, links: created.links };
  sendJson(res, 201, response, {
    "set-cookie": accessCookie(created.spaceId, created.creator.token, deps.publicUrl.startsWith("https:")),
  });
}
