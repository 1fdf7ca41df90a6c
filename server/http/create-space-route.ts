import type { IncomingMessage, ServerResponse } from "node:http";
import { ZCreateSpaceRequest, type TCreateSpaceResponse } from "../../core/protocol/create-space";
import { accessCookie } from "../auth/cookies";
import { createSpaceForCouple } from "../spaces/create-space";
import { parseJsonRequest } from "./json-request";
import { sendJson } from "./respond";
import type { HttpDeps } from "./http-deps";

const MAX_BODY_BYTES = 16 * 1024;

/** POST /api/spaces — parse, create, remember the creator on this device, answer with the links. */
export async function createSpaceRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  const request = await parseJsonRequest(req, res, {
    schema: ZCreateSpaceRequest,
    publicOrigin: deps.publicOrigin,
    maxBytes: MAX_BODY_BYTES,
    refusedOrigin: "Spaces can only be created from Breathing Room's own pages.",
  });
  if (!request) return;
  const created = await createSpaceForCouple(deps.db, request, { publicUrl: deps.publicUrl, now: deps.now() });
  deps.log.info({ event: "space created", space: created.spaceId, participants: created.links.length }, "space created");
  const response: TCreateSpaceResponse = { spaceId: created.spaceId, spaceUrl: created.spaceUrl, links: created.links };
  sendJson(res, 201, response, {
    "set-cookie": accessCookie(created.spaceId, created.creator.token, deps.publicUrl.startsWith("https:")),
  });
}
