import type { IncomingMessage, ServerResponse } from "node:http";
import { DEVICE_CODE_MINUTES, formatDeviceCode, type TDeviceCode } from "../../core/protocol/device-code";
import { WORKSPACE_COOKIE } from "../../core/protocol/handshake";
import { countAttempt } from "../../db/attempt-counts";
import { forgetOldWorkspaceDeviceCodes, makeWorkspaceDeviceCode } from "../../db/workspace-device-codes";
import { resolveWorkspaceToken } from "../auth/access";
import { readCookie } from "../auth/cookies";
import { hashToken } from "../auth/tokens";
import { CODES_PER_WINDOW, newDeviceCodeText, REFUSED_ORIGIN, tooMany, windowOf } from "./device-code-routes";
import type { HttpDeps } from "./http-deps";
import { sendJson } from "./respond";

/**
 * POST /api/workspaces/device-codes — a code that adds another device to the workspace this
 * device is signed in to (WSP7), without making a new link that would sign the others out.
 */
export async function makeWorkspaceDeviceCodeRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== deps.publicOrigin) return sendJson(res, 403, { error: { code: "ORIGIN_REFUSED", message: REFUSED_ORIGIN } });
  const token = readCookie(req.headers.cookie, WORKSPACE_COOKIE);
  const access = token ? await resolveWorkspaceToken(deps.db, token) : null;
  if (!token || !access?.ok) {
    return sendJson(res, 401, { error: { code: "AUTH_MISSING", message: "This device isn’t signed in to a workspace. Open your workspace link first." } });
  }
  const now = deps.now();
  const window = windowOf(now);
  if ((await countAttempt(deps.db, { key: `code:workspace:${access.workspaceId}`, windowStart: window.start })) > CODES_PER_WINDOW) {
    return tooMany(res, window, now, "You made many codes just now. Please wait a few minutes, then make a new one.");
  }
  const code = newDeviceCodeText();
  const expiresAt = new Date(now.getTime() + DEVICE_CODE_MINUTES * 60_000);
  await makeWorkspaceDeviceCode(deps.db, { codeHash: hashToken(code), madeWithTokenHash: hashToken(token), workspaceId: access.workspaceId, at: now, expiresAt });
  await forgetOldWorkspaceDeviceCodes(deps.db, new Date(now.getTime() - 24 * 60 * 60_000));
  deps.log.info({ event: "device code made", workspace: access.workspaceId }, "device code made");
  const answer: TDeviceCode = { code: formatDeviceCode(code), expiresAt: expiresAt.toISOString(), url: `${deps.publicUrl}/add-device#${code}` };
  sendJson(res, 201, answer);
}
