import { createHash, randomBytes } from "node:crypto";
import { TOKEN_BYTES, ZToken } from "../../core/protocol/handshake";

/** A new personal-link token: 192 random bits, base64url. Only its hash is stored. */
export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function isWellFormedToken(token: string): boolean {
  return ZToken.safeParse(token).success;
}
