import type { IncomingMessage, ServerResponse } from "node:http";
import {
  ZCreateWorkspaceRequest,
  ZRecoverWorkspaceRequest,
  type TCreateWorkspaceResponse,
  type TWorkspaceKeysResponse,
} from "../../core/protocol/create-workspace";
import { WORKSPACE_COOKIE } from "../../core/protocol/handshake";
import { resolveWorkspaceToken } from "../auth/access";
import { readCookie, workspaceCookie } from "../auth/cookies";
import { isWellFormedToken } from "../auth/tokens";
import { createWorkspaceForCounsellor, recoverWithCode, renewWorkspaceLink } from "../workspaces/create-workspace";
import type { HttpDeps } from "./http-deps";
import { parseJsonRequest } from "./json-request";
import { redirect, sendJson } from "./respond";

const REFUSED_ORIGIN = "Workspaces can only be changed from Breathing Room's own pages.";

/** POST /api/workspaces — a counsellor's workspace, remembered on this device at once. */
export async function createWorkspaceRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  const request = await parseJsonRequest(req, res, { schema: ZCreateWorkspaceRequest, publicOrigin: deps.publicOrigin, maxBytes: 1024, refusedOrigin: REFUSED_ORIGIN });
  if (!request) return;
  const created = await createWorkspaceForCounsellor(deps.db, request.counsellorName, { publicUrl: deps.publicUrl, now: deps.now() });
  deps.log.info({ event: "workspace created", workspace: created.workspaceId }, "workspace created");
  const response: TCreateWorkspaceResponse = { workspaceId: created.workspaceId, link: created.link, recoveryCode: created.recoveryCode };
  sendJson(res, 201, response, { "set-cookie": workspaceCookie(created.token, isSecure(deps)) });
}

/** POST /api/workspaces/recover — every device lost: the recovery code signs this one in with a new link. */
export async function recoverWorkspaceRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  const request = await parseJsonRequest(req, res, { schema: ZRecoverWorkspaceRequest, publicOrigin: deps.publicOrigin, maxBytes: 1024, refusedOrigin: REFUSED_ORIGIN });
  if (!request) return;
  const code = request.recoveryCode.replace(/\s+/g, "");
  if (!isWellFormedToken(code)) {
    return sendJson(res, 400, { error: { code: "INVALID_INPUT", message: "That doesn’t look like a recovery code. Please copy it whole." } });
  }
  const recovered = await recoverWithCode(deps.db, code, { publicUrl: deps.publicUrl, now: deps.now() });
  if (!recovered.ok) {
    deps.log.info({ event: "workspace recovery refused", reason: recovered.reason }, "recovery refused");
    const message =
      recovered.reason === "used"
        ? "That recovery code has been used already. Use the newest code you were given."
        : "We don’t know that recovery code. Please check it was copied whole.";
    return sendJson(res, recovered.reason === "used" ? 410 : 404, { error: { code: "RECOVERY_REFUSED", message } });
  }
  deps.signOutWorkspace(recovered.workspaceId);
  deps.log.info({ event: "workspace recovered", workspace: recovered.workspaceId }, "workspace recovered");
  const response: TWorkspaceKeysResponse = { workspaceId: recovered.workspaceId, link: recovered.link, recoveryCode: recovered.recoveryCode };
  sendJson(res, 200, response, { "set-cookie": workspaceCookie(recovered.token, isSecure(deps)) });
}

/** POST /api/workspaces/renew — a new link for this workspace; every other device is signed out. */
export async function renewWorkspaceRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== deps.publicOrigin) return sendJson(res, 403, { error: { code: "ORIGIN_REFUSED", message: REFUSED_ORIGIN } });
  const token = readCookie(req.headers.cookie, WORKSPACE_COOKIE);
  const access = token ? await resolveWorkspaceToken(deps.db, token) : null;
  if (!access?.ok) {
    return sendJson(res, 401, { error: { code: "AUTH_MISSING", message: "This device isn’t signed in to a workspace. Open your workspace link first." } });
  }
  const renewed = await renewWorkspaceLink(deps.db, access.workspaceId, { publicUrl: deps.publicUrl, now: deps.now() });
  deps.signOutWorkspace(access.workspaceId);
  deps.log.info({ event: "workspace link renewed", workspace: access.workspaceId }, "workspace link renewed");
  const response: TWorkspaceKeysResponse = { workspaceId: access.workspaceId, link: renewed.link };
  sendJson(res, 200, response, { "set-cookie": workspaceCookie(renewed.token, isSecure(deps)) });
}

/**
 * GET /w/<token> — a workspace's personal link: signs this device in to the workspace and
 * moves on to it, so the token leaves the address bar at once. A space's link is not one (WSP4).
 */
export async function workspaceLinkRoute(res: ServerResponse, token: string, deps: HttpDeps): Promise<void> {
  const access = await resolveWorkspaceToken(deps.db, token);
  if (!access.ok) {
    deps.log.info({ event: "workspace link refused", reason: access.reason }, "link refused");
    return redirect(res, `/link-problem?reason=${access.reason}&kind=workspace`);
  }
  deps.log.info({ event: "workspace link opened", workspace: access.workspaceId }, "link opened");
  redirect(res, "/workspace", { "set-cookie": workspaceCookie(token, isSecure(deps)) });
}

function isSecure(deps: HttpDeps): boolean {
  return deps.publicUrl.startsWith("https:");
}
