import { WORKSPACE_COOKIE, accessCookieName } from "../../core/protocol/handshake";

const HALF_A_YEAR_SECONDS = 60 * 60 * 24 * 182;

/** Remembers a participant on this device: httpOnly so page scripts never hold the token. */
export function accessCookie(spaceId: string, token: string, isSecure: boolean): string {
  const parts = [
    `${accessCookieName(spaceId)}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${HALF_A_YEAR_SECONDS}`,
  ];
  if (isSecure) parts.push("Secure");
  return parts.join("; ");
}

/** Remembers a counsellor's workspace on this device, as a partner's link is remembered. */
export function workspaceCookie(token: string, isSecure: boolean): string {
  const parts = [`${WORKSPACE_COOKIE}=${token}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${HALF_A_YEAR_SECONDS}`];
  if (isSecure) parts.push("Secure");
  return parts.join("; ");
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}
