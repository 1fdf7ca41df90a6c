import type { IncomingMessage, ServerResponse } from "node:http";
import { calendarDownloadRoute, calendarFeedRoute } from "./calendar-routes";
import { createSpaceRoute } from "./create-space-route";
import { CSP_REPORT_PATH } from "./content-security-policy";
import { cspReportRoute, cspViolations } from "./csp-report-route";
import { makeDeviceCodeRoute, redeemDeviceCodeRoute } from "./device-code-routes";
import type { HttpDeps } from "./http-deps";
import { joinLinkRoute } from "./join-link-route";
import { testClockRoute } from "./test-clock-route";
import { createWorkspaceRoute, recoverWorkspaceRoute, renewWorkspaceRoute, workspaceLinkRoute } from "./workspace-routes";
import { sendJson } from "./respond";
import { makeWorkspaceDeviceCodeRoute } from "./workspace-device-code-route";
import { forgetSpaceRoute, yourSpacesRoute } from "./your-spaces-routes";

const WORKSPACE_ROUTES = new Map<string, typeof createWorkspaceRoute>([
  ["/api/workspaces", createWorkspaceRoute],
  ["/api/workspaces/recover", recoverWorkspaceRoute],
  ["/api/workspaces/renew", renewWorkspaceRoute],
  ["/api/workspaces/device-codes", makeWorkspaceDeviceCodeRoute],
]);

export type NextRequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * The server's own routes come first (health, the API, personal links); every other
 * request is a page for Next, or a 404 when Next is not mounted (integration tests).
 */
export function createRequestHandler(deps: HttpDeps, next: NextRequestHandler | null) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    void route(req, res, deps, next).catch((error) => {
      deps.log.error({ err: error, path: loggablePath(safePath(req.url)) }, "request failed");
      if (!res.headersSent) sendJson(res, 500, { error: { code: "INTERNAL", message: "Something went wrong on our side." } });
      else res.destroy();
    });
  };
}

async function route(req: IncomingMessage, res: ServerResponse, deps: HttpDeps, next: NextRequestHandler | null) {
  const path = safePath(req.url);
  if (path === "/healthz") return sendJson(res, 200, { status: "ok" });
  if (path === "/readyz") {
    const isReady = await deps.database.isReachable();
    return sendJson(res, isReady ? 200 : 503, { status: isReady ? "ready" : "database unreachable" });
  }
  if (path === "/__test/clock" && deps.clock.isAdjustable) return testClockRoute(req, res, deps);
  if (path === "/__test/csp-reports" && deps.clock.isAdjustable) return sendJson(res, 200, { violations: cspViolations });
  if (path === CSP_REPORT_PATH) return onlyPost(req, res, () => cspReportRoute(req, res, deps));
  if (path === "/api/spaces") return onlyPost(req, res, () => createSpaceRoute(req, res, deps));
  if (path === "/api/device-codes") return onlyPost(req, res, () => makeDeviceCodeRoute(req, res, deps));
  if (path === "/api/device-codes/redeem") return onlyPost(req, res, () => redeemDeviceCodeRoute(req, res, deps));
  if (path === "/api/your-spaces" && isRead(req)) return yourSpacesRoute(req, res, deps);
  if (path === "/api/your-spaces/forget") return onlyPost(req, res, () => forgetSpaceRoute(req, res, deps));
  const calendarDownload = /^\/api\/spaces\/([0-9a-f-]{36})\/calendar\.ics$/.exec(path);
  if (calendarDownload && isRead(req)) return calendarDownloadRoute(req, res, calendarDownload[1]!, deps);
  const calendarFeed = /^\/cal\/([^/]*)\.ics$/.exec(path);
  if (calendarFeed && isRead(req)) return calendarFeedRoute(req, res, decodeURIComponentSafely(calendarFeed[1]!), deps);
  const workspaceRoute = WORKSPACE_ROUTES.get(path);
  if (workspaceRoute) return onlyPost(req, res, () => workspaceRoute(req, res, deps));
  const workspaceLink = /^\/w\/([^/]*)\/?$/.exec(path);
  if (workspaceLink && isRead(req)) return workspaceLinkRoute(res, decodeURIComponentSafely(workspaceLink[1]!), deps);
  const personalLink = /^\/j\/([^/]*)\/?$/.exec(path);
  if (personalLink && isRead(req)) {
    return joinLinkRoute(res, decodeURIComponentSafely(personalLink[1]!), deps);
  }
  // A broken %-escape (or one that decodes to no character at all) is the client's mistake:
  // answered here, before a page tries to read it and fails with a 500. (A personal link
  // with one goes to the page that explains links, above.)
  if (!isDecodable(req.url ?? "/")) {
    return sendJson(res, 400, { error: { code: "INVALID_INPUT", message: "That address is not valid: part of it is wrongly encoded. Please check it was copied whole." } });
  }
  if (next) return next(req, res);
  sendJson(res, 404, { error: { code: "NOT_FOUND", message: "There is nothing here." } });
}

function isRead(req: IncomingMessage): boolean {
  return req.method === "GET" || req.method === "HEAD";
}

function onlyPost(req: IncomingMessage, res: ServerResponse, route: () => Promise<void>): Promise<void> | void {
  if (req.method !== "POST") return sendJson(res, 405, { error: { code: "INVALID_INPUT", message: "Use POST." } }, { allow: "POST" });
  return route();
}

/** A path as logs may carry it: the capability in a personal link or a calendar address is left out. */
export function loggablePath(path: string): string {
  return path.replace(/^\/(j|cal)\/[^/]*/, "/$1/…");
}

function safePath(url: string | undefined): string {
  return (url ?? "/").split("?")[0]!;
}

function isDecodable(url: string): boolean {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
