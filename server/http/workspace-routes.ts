import type { IncomingMessage, ServerResponse } from "node:http";
import { ZCreateWorkspaceRequest, type TCreateWorkspaceResponse } from "../../core/protocol/create-workspace";
import { resolveWorkspaceToken } from "../auth/access";
import { workspaceCookie } from "../auth/cookies";
import { createWorkspaceForCounsellor } from "../workspaces/create-workspace";
import type { HttpDeps } from "./http-deps";
import { readJsonRequest } from "./json-request";
import { redirect, sendJson } from "./respond";

/** POST /api/workspaces — a counsellor's workspace, remembered on this device at once. */
export async function createWorkspaceRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  const request = await readJsonRequest(req, res, deps.publicOrigin, ZCreateWorkspaceRequest, "Workspaces can only be created from Breathing Room's own pages.");
  if (!request) return;
  const created = await createWorkspaceForCounsellor(deps.db, request.counsellorName, { publicUrl: deps.publicUrl, now: deps.now() });
  deps.log.info({ event: "workspace created", workspace: created.workspaceId }, "workspace created");
  const response: TCreateWorkspaceResponse = { workspaceId: created.workspaceId, link: created.link };
  sendJson(res, 201, response, { "set-cookie": workspaceCookie(created.token, deps.publicUrl.startsWith("https:")) });
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
  redirect(res, "/workspace", { "set-cookie": workspaceCookie(token, deps.publicUrl.startsWith("https:")) });
}
