import type { ExtendedError } from "socket.io";
import { WORKSPACE_COOKIE, ZHandshakeAuth, ZSpaceId, accessCookieName } from "../../core/protocol/handshake";
import type { TConnectErrorCode, TConnectErrorData } from "../../core/protocol/acks";
import { activeCounsellor, findParticipant } from "../../core/negotiation/state";
import type { Db } from "../../db/client";
import { resolveToken, resolveWorkspaceToken } from "../auth/access";
import { readCookie } from "../auth/cookies";
import type { SpaceStore } from "../commands/space-store";
import type { Logger } from "../logging/logger";
import { hasRoomForConnection } from "./connection-limit";
import type { RealtimeSocket } from "./types";

const MESSAGES: Record<TConnectErrorCode, string> = {
  AUTH_MISSING: "This device is not signed in to this space. Open your personal link to come in.",
  AUTH_MALFORMED: "That link is not a Breathing Room link. Please check it was copied whole.",
  AUTH_UNKNOWN: "We don't know that link. Please ask for a new one.",
  AUTH_REVOKED: "That link has been replaced by a newer one. Please use the newest link you were given.",
  ORIGIN_REFUSED: "Connections are only accepted from Breathing Room's own pages.",
  NOT_GUIDED: "This space isn’t one you guide: your workspace opens only the couples you guide.",
  TOO_MANY_CONNECTIONS: "This space is open in too many tabs or devices for you at once. Please close one and try again.",
  INTERNAL: "Something went wrong on our side. Please try again in a moment.",
};

/** A counsellor's workspace signs in per device, with a workspace link or the recovery code: its refusals say so. */
const WORKSPACE_MESSAGES: Partial<Record<TConnectErrorCode, string>> = {
  AUTH_MISSING: "This device is not signed in to a workspace. Open your workspace link, or create a workspace.",
  AUTH_MALFORMED: "This device’s workspace sign-in is damaged. Please open your workspace link again, or use your recovery code.",
  AUTH_UNKNOWN: "This device’s workspace sign-in is not one we know. Please open your workspace link again, or use your recovery code.",
  AUTH_REVOKED: "This device was signed out of your workspace: a newer link was made, or the recovery code was used. Please open your newest workspace link, or use your recovery code.",
};

export function refusal(code: TConnectErrorCode, place: "space" | "workspace" = "space"): ExtendedError {
  const message = (place === "workspace" ? WORKSPACE_MESSAGES[code] : undefined) ?? MESSAGES[code];
  const error = new Error(message) as ExtendedError;
  error.data = { code, message } satisfies TConnectErrorData;
  return error;
}

/**
 * Handshake middleware: a socket is let in only with a live token for exactly one
 * participant, given as `auth.token` or as that space's httpOnly cookie. Browsers must
 * come from our own origin; non-browser clients send none.
 */
export function handshakeAuth(deps: { db: Db; store: SpaceStore; publicOrigin: string; log: Logger; maxConnectionsPerParticipant: number }) {
  return async (socket: RealtimeSocket, next: (error?: ExtendedError) => void) => {
    try {
      const origin = socket.handshake.headers.origin;
      if (origin !== undefined && origin !== deps.publicOrigin) return next(refuse(socket, deps.log, "ORIGIN_REFUSED"));

      const auth = ZHandshakeAuth.safeParse(socket.handshake.auth ?? {});
      if (!auth.success) return next(refuse(socket, deps.log, "AUTH_MALFORMED"));
      let token: string | undefined;
      if ("token" in auth.data) {
        token = auth.data.token;
      } else {
        if (!ZSpaceId.safeParse(auth.data.spaceId).success) return next(refuse(socket, deps.log, "AUTH_MALFORMED"));
        const cookies = socket.handshake.headers.cookie;
        token = "workspaceToken" in auth.data ? undefined : readCookie(cookies, accessCookieName(auth.data.spaceId));
        if (!token) {
          // A counsellor comes in through their workspace, to the spaces it guides only (WSP4).
          const workspaceToken = "workspaceToken" in auth.data ? auth.data.workspaceToken : readCookie(cookies, WORKSPACE_COOKIE);
          if (!workspaceToken) return next(refuse(socket, deps.log, "AUTH_MISSING"));
          const code = (await admitGuide(socket, deps, auth.data.spaceId, workspaceToken)) ?? (await connectionLimitCode(socket, deps));
          return next(code ? refuse(socket, deps.log, code) : undefined);
        }
      }

      const access = await resolveToken(deps.db, token);
      if (!access.ok) {
        const code = access.reason === "revoked" ? "AUTH_REVOKED" : access.reason === "unknown" ? "AUTH_UNKNOWN" : "AUTH_MALFORMED";
        return next(refuse(socket, deps.log, code));
      }
      if ("spaceId" in auth.data && auth.data.spaceId !== access.spaceId) {
        return next(refuse(socket, deps.log, "AUTH_UNKNOWN"));
      }
      const state = await deps.store.refresh(access.spaceId);
      const participant = findParticipant(state, access.participantId);
      if (!participant) return next(refuse(socket, deps.log, "AUTH_UNKNOWN"));
      if (participant.removedAt !== null) return next(refuse(socket, deps.log, "AUTH_REVOKED"));
      socket.data = { spaceId: access.spaceId, participantId: participant.id, role: participant.role };
      const code = await connectionLimitCode(socket, deps);
      next(code ? refuse(socket, deps.log, code) : undefined);
    } catch (error) {
      deps.log.error({ err: error, socket: socket.id }, "handshake failed");
      next(refusal("INTERNAL"));
    }
  };
}

/** Lets a workspace's counsellor into a space it guides; the refusal's code otherwise. */
async function admitGuide(
  socket: RealtimeSocket,
  deps: { db: Db; store: SpaceStore },
  spaceId: string,
  workspaceToken: string,
): Promise<TConnectErrorCode | null> {
  const access = await resolveWorkspaceToken(deps.db, workspaceToken);
  if (!access.ok) return access.reason === "revoked" ? "AUTH_REVOKED" : access.reason === "unknown" ? "AUTH_UNKNOWN" : "AUTH_MALFORMED";
  const state = await deps.store.refresh(spaceId);
  const counsellor = activeCounsellor(state);
  if (!counsellor || counsellor.workspaceId !== access.workspaceId) return "NOT_GUIDED";
  socket.data = { spaceId, participantId: counsellor.id, role: counsellor.role, workspaceId: access.workspaceId };
  return null;
}

/** Connections are limited per participant, on every process together, not per device. */
async function connectionLimitCode(socket: RealtimeSocket, deps: { maxConnectionsPerParticipant: number }): Promise<TConnectErrorCode | null> {
  const hasRoom = hasRoomForConnection(socket.nsp, socket.data.participantId, deps.maxConnectionsPerParticipant);
  return hasRoom ? null : "TOO_MANY_CONNECTIONS";
}

function refuse(socket: RealtimeSocket, log: Logger, code: TConnectErrorCode): ExtendedError {
  log.info({ event: "connection refused", socket: socket.id, code }, "connection refused");
  return refusal(code);
}
