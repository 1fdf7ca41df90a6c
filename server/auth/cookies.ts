import { WORKSPACE_COOKIE, accessCookieName } from "../../core/protocol/handshake";

/** The longest a browser keeps a cookie (400 days); every visit to "Your spaces" starts it again. */
const REMEMBER_SECONDS = 60 * 60 * 24 * 400;

/** Remembers a participant on this device: httpOnly so page scripts never hold the token. */
export function accessCookie(spaceId: string, token: string, isSecure: boolean): string {
  return cookieLine(`${accessCookieName(spaceId)}=${token}`, REMEMBER_SECONDS, isSecure);
}

/** This device stops remembering a space. */
export function forgetCookie(spaceId: string, isSecure: boolean): string {
  return cookieLine(`${accessCookieName(spaceId)}=`, 0, isSecure);
}

function cookieLine(pair: string, maxAgeSeconds: number, isSecure: boolean): string {
  const parts = [pair, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAgeSeconds}`];
  if (isSecure) parts.push("Secure");
  return parts.join("; ");
}

/** Remembers a counsellor's workspace on this device, as a partner's link is remembered. */
export function workspaceCookie(token: string, isSecure: boolean): string {
  return cookieLine(`${WORKSPACE_COOKIE}=${token}`, REMEMBER_SECONDS, isSecure);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  return readAllCookies(header).find(([key]) => key === name)?.[1];
}

/** Every cookie of a request, in order, as [name, value]. */
export function readAllCookies(header: string | undefined): [string, string][] {
  if (!header) return [];
  return header.split(";").flatMap((part): [string, string][] => {
    const separator = part.indexOf("=");
    return separator === -1 ? [] : [[part.slice(0, separator).trim(), part.slice(separator + 1).trim()]];
  });
}
