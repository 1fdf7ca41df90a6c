import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** Where browsers send what the policy blocked (POST /api/csp-report). */
export const CSP_REPORT_PATH = "/api/csp-report";

/**
 * The pages' Content-Security-Policy: scripts only from our origin and only those Next
 * marks with this response's nonce (so no inline handler or injected script runs), the
 * socket to our own origin, never inside a frame. Styles allow inline attributes: React's
 * `style` props write them, and a style cannot run code.
 */
export function pagePolicy(options: { nonce: string; publicUrl: string; isDev: boolean }): string {
  const socketOrigin = new URL(options.publicUrl).origin.replace(/^http/, "ws");
  return [
    "default-src 'self'",
    // Next's development build evaluates modules for hot reload; the production build never does.
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${socketOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    `report-uri ${CSP_REPORT_PATH}`,
  ].join("; ");
}

/**
 * A fresh nonce per page response. Next reads the policy from the request's headers and
 * puts its nonce on every script it writes; the browser reads it from the response's.
 */
export function applyPagePolicy(req: IncomingMessage, res: ServerResponse, options: { publicUrl: string; isDev: boolean }): void {
  const policy = pagePolicy({ nonce: randomBytes(16).toString("base64"), ...options });
  req.headers["content-security-policy"] = policy;
  res.setHeader("content-security-policy", policy);
}
