import type { IncomingMessage, ServerResponse } from "node:http";
import { ZCreateSpaceRequest, type TCreateSpaceResponse } from "../../core/protocol/create-space";
import { accessCookie } from "../auth/cookies";
import { createSpaceForCouple } from "../spaces/create-space";
import { BodyTooLarge, readBody, sendJson } from "./respond";
import type { HttpDeps } from "./http-deps";

const MAX_BODY_BYTES = 16 * 1024;

/** POST /api/spaces — parse, create, remember the creator on this device, answer with the links. */
export async function createSpaceRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== deps.publicOrigin) {
    return sendJson(res, 403, { error: { code: "ORIGIN_REFUSED", message: "Spaces can only be created from Breathing Room's own pages." } });
  }
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
    return sendJson(res, 415, { error: { code: "INVALID_INPUT", message: "Please send JSON." } });
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, MAX_BODY_BYTES));
  } catch (error) {
    const message = error instanceof BodyTooLarge ? "That was too much to send at once." : "That was not valid JSON.";
    return sendJson(res, error instanceof BodyTooLarge ? 413 : 400, { error: { code: "INVALID_INPUT", message } });
  }
  const parsed = ZCreateSpaceRequest.safeParse(body);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join(".") || "(form)", issue.message]));
    const first = parsed.error.issues[0];
    return sendJson(res, 400, { error: { code: "INVALID_INPUT", message: first?.message ?? "Please check the form.", fields } });
  }
  const created = await createSpaceForCouple(deps.db, parsed.data, { publicUrl: deps.publicUrl, now: deps.now() });
  deps.log.info({ event: "space created", space: created.spaceId, participants: created.links.length }, "space created");
  const response: TCreateSpaceResponse = { spaceId: created.spaceId, spaceUrl: created.spaceUrl, links: created.links };
  sendJson(res, 201, response, {
    "set-cookie": accessCookie(created.spaceId, created.creator.token, deps.publicUrl.startsWith("https:")),
  });
}
