import { z } from "zod";

/** A personal link's capability token: 24 random bytes (192 bits) in base64url. */
export const TOKEN_BYTES = 24;
export const ZToken = z.string().regex(/^[A-Za-z0-9_-]{32}$/, "That is not a Breathing Room link token.");

export const ZSpaceId = z.string().uuid();

/**
 * `auth` of the socket.io handshake: either the token itself (a client that holds
 * it), or just the space id, in which case the httpOnly cookie for that space is used.
 */
export const ZHandshakeAuth = z.union([
  z.object({ token: z.string().max(200) }).strict(),
  z.object({ spaceId: z.string().max(100) }).strict(),
  /** A counsellor opening a space they guide with their workspace's token (non-browser clients). */
  z.object({ spaceId: z.string().max(100), workspaceToken: z.string().max(200) }).strict(),
]);
export type THandshakeAuth = z.infer<typeof ZHandshakeAuth>;

/** The cookie that remembers one participant of one space on this device. */
export function accessCookieName(spaceId: string): string {
  return `br_${spaceId.replaceAll("-", "")}`;
}

/** The cookie that remembers a counsellor's workspace on this device. */
export const WORKSPACE_COOKIE = "br_workspace";

/** `auth` on the `/workspace` namespace: the workspace token, or nothing (the cookie is used). */
export const ZWorkspaceHandshakeAuth = z.union([z.object({ token: z.string().max(200) }).strict(), z.object({}).strict()]);

/** The socket.io namespace of workspaces: apart from spaces', so no space frame ever goes there by mistake. */
export const WORKSPACE_NAMESPACE = "/workspace";
/** The space a cookie of `accessCookieName` remembers, or null for any other cookie. */
export function spaceIdOfAccessCookie(name: string): string | null {
  const match = /^br_([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})$/.exec(name);
  return match ? match.slice(1).join("-") : null;
}
