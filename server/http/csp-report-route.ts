import type { IncomingMessage, ServerResponse } from "node:http";
import type { HttpDeps } from "./http-deps";
import { readBody } from "./respond";

const MAX_REPORT_BYTES = 8 * 1024;
const MAX_KEPT = 100;

/** Violations seen since the start, newest last: a test server shows them at /__test/csp-reports. */
export const cspViolations: Array<{ directive: string; blocked: string; page: string }> = [];

/**
 * POST /api/csp-report — what a browser's policy blocked. Logged with the directive and
 * the blocked resource's origin and the page's path only: a report's sample and full
 * addresses could carry a personal link or words from the page.
 */
export async function cspReportRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  let report: Record<string, unknown> = {};
  try {
    const body = JSON.parse(await readBody(req, MAX_REPORT_BYTES)) as { "csp-report"?: Record<string, unknown> };
    report = body["csp-report"] ?? {};
  } catch {
    // A broken report says nothing more than an empty one.
  }
  const violation = {
    directive: text(report["effective-directive"] ?? report["violated-directive"]).slice(0, 80),
    blocked: originOrKind(text(report["blocked-uri"])),
    page: pathOf(text(report["document-uri"])),
  };
  deps.log.warn({ event: "csp violation", ...violation }, "content security policy violation");
  cspViolations.push(violation);
  if (cspViolations.length > MAX_KEPT) cspViolations.shift();
  res.writeHead(204, { "cache-control": "no-store", "x-content-type-options": "nosniff" });
  res.end();
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function originOrKind(uri: string): string {
  try {
    return new URL(uri).origin;
  } catch {
    return uri.slice(0, 20).replace(/[^a-z-]/gi, "");
  }
}

function pathOf(uri: string): string {
  try {
    // The first segment only: /s/<space> or /j/<token> must not be written out.
    return `/${new URL(uri).pathname.split("/")[1] ?? ""}`;
  } catch {
    return "";
  }
}
