import { accessCookieName } from "../../core/protocol/handshake";
import type { TConnectErrorCode } from "../../core/protocol/acks";
import type { Db } from "../../db/client";
import { findAccessByTokenHash, type TokenKind } from "../../db/access-tokens";
import { readCookie } from "./cookies";
import { hashToken, isWellFormedToken } from "./tokens";

export type SignedInHolder =
  | { ok: true; tokenHash: string; kind: TokenKind; spaceId: string; participantId: string }
  | { ok: false; error: { code: TConnectErrorCode; message: string } };

const REFUSALS = {
  AUTH_MISSING: "This device is not signed in to this space. Open your personal link first.",
  AUTH_MALFORMED: "This device’s sign-in for this space is damaged. Please open your personal link again.",
  AUTH_UNKNOWN: "This device’s sign-in for this space is not one we know. Please open your personal link again.",
  AUTH_REVOKED: "This device was signed out of this space: a new link was made. Please use the newest link.",
} as const;

/** Whom this device is signed in as in one space, from its httpOnly cookie (the page's scripts never hold the token). */
export async function signedInHolder(db: Db, cookieHeader: string | undefined, spaceId: string): Promise<SignedInHolder> {
  const token = readCookie(cookieHeader, accessCookieName(spaceId));
  if (!token) return refused("AUTH_MISSING");
  if (!isWellFormedToken(token)) return refused("AUTH_MALFORMED");
  const tokenHash = hashToken(token);
  const access = await findAccessByTokenHash(db, tokenHash);
  if (!access || access.spaceId !== spaceId) return refused("AUTH_UNKNOWN");
  if (access.isRevoked) return refused("AUTH_REVOKED");
  return { ok: true, tokenHash, kind: access.kind, spaceId: access.spaceId, participantId: access.participantId };
}

function refused(code: keyof typeof REFUSALS): SignedInHolder {
  return { ok: false, error: { code, message: REFUSALS[code] } };
}
