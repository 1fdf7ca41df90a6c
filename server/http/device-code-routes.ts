import { randomInt } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  DEVICE_CODE_ALPHABET,
  DEVICE_CODE_LENGTH,
  DEVICE_CODE_MINUTES,
  formatDeviceCode,
  ZMakeDeviceCodeRequest,
  ZRedeemDeviceCodeRequest,
  type TDeviceCode,
  type TDeviceSignedIn,
} from "../../core/protocol/device-code";
import { findParticipant } from "../../core/negotiation/state";
import { countAttempt, forgetAttemptsBefore } from "../../db/attempt-counts";
import { forgetOldDeviceCodes, makeDeviceCode, redeemDeviceCode } from "../../db/device-codes";
import { accessCookie, workspaceCookie } from "../auth/cookies";
import { signedInHolder } from "../auth/signed-in";
import { generateToken, hashToken } from "../auth/tokens";
import { redeemWorkspaceDeviceCode } from "../../db/workspace-device-codes";
import type { HttpDeps } from "./http-deps";
import { parseJsonRequest } from "./json-request";
import { sendJson } from "./respond";

/** Guessing is slowed per address (DEV3), making codes per person; both across processes. */
const WINDOW_MS = 15 * 60_000;
const TRIES_PER_WINDOW = 10;
export const CODES_PER_WINDOW = 10;
export const REFUSED_ORIGIN = "Devices can only be added from Breathing Room’s own pages.";

/** POST /api/device-codes — a code for the person this device is signed in as (DEV1). */
export async function makeDeviceCodeRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  const request = await parseJsonRequest(req, res, {
    schema: ZMakeDeviceCodeRequest,
    publicOrigin: deps.publicOrigin,
    maxBytes: 1024,
    refusedOrigin: REFUSED_ORIGIN,
  });
  if (!request) return;
  const holder = await signedInHolder(deps.db, req.headers.cookie, request.spaceId);
  if (!holder.ok) return sendJson(res, 401, { error: holder.error });

  const now = deps.now();
  const window = windowOf(now);
  if ((await countAttempt(deps.db, { key: `code:${holder.participantId}`, windowStart: window.start })) > CODES_PER_WINDOW) {
    return tooMany(res, window, now, "You made many codes just now. Please wait a few minutes, then make a new one.");
  }
  const code = newDeviceCodeText();
  const expiresAt = new Date(now.getTime() + DEVICE_CODE_MINUTES * 60_000);
  await makeDeviceCode(deps.db, {
    codeHash: hashToken(code),
    madeWithTokenHash: holder.tokenHash,
    holderId: holder.participantId,
    at: now,
    expiresAt,
  });
  // Codes and counts a day old are worth nothing; making a code is rare enough to tidy then.
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60_000);
  await Promise.all([forgetOldDeviceCodes(deps.db, dayAgo), forgetAttemptsBefore(deps.db, dayAgo)]);
  deps.log.info({ event: "device code made", space: holder.spaceId, participant: holder.participantId }, "device code made");
  const answer: TDeviceCode = { code: formatDeviceCode(code), expiresAt: expiresAt.toISOString(), url: `${deps.publicUrl}/add-device#${code}` };
  sendJson(res, 201, answer);
}

export function newDeviceCodeText(): string {
  return Array.from({ length: DEVICE_CODE_LENGTH }, () => DEVICE_CODE_ALPHABET[randomInt(DEVICE_CODE_ALPHABET.length)]).join("");
}

export const REFUSALS = {
  unknown: { status: 404, code: "CODE_UNKNOWN", message: "We don’t know that code. Please check it, or make a new one on your other device." },
  used: { status: 410, code: "CODE_USED", message: "That code has already been used: each code works once. Make a new one on your other device." },
  expired: {
    status: 410,
    code: "CODE_EXPIRED",
    message: `That code has run out (codes last ${DEVICE_CODE_MINUTES} minutes, and only the newest one works). Make a new one on your other device.`,
  },
  "signed-out": {
    status: 410,
    code: "CODE_SIGNED_OUT",
    message: "The device that made this code has been signed out since, so the code no longer works.",
  },
} as const;

/** POST /api/device-codes/redeem — signs this device in as the person whose code it is (DEV2). */
export async function redeemDeviceCodeRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  const request = await parseJsonRequest(req, res, {
    schema: ZRedeemDeviceCodeRequest,
    publicOrigin: deps.publicOrigin,
    maxBytes: 1024,
    refusedOrigin: REFUSED_ORIGIN,
  });
  if (!request) return;
  const now = deps.now();
  const window = windowOf(now);
  // Every well-formed try counts, so many tries at once cannot all slip under the limit.
  if ((await countAttempt(deps.db, { key: `redeem:${clientAddress(req, deps)}`, windowStart: window.start })) > TRIES_PER_WINDOW) {
    deps.log.info({ event: "device code refused", reason: "rate limited" }, "device code refused");
    return tooMany(res, window, now, "Many codes were tried from here just now. Please wait a few minutes, then make a new code.");
  }
  const deviceToken = generateToken();
  const outcome = await redeemDeviceCode(deps.db, { codeHash: hashToken(request.code), deviceTokenHash: hashToken(deviceToken), at: now });
  // A code no partner made may be a workspace's (WSP7): one page and one limit for both.
  if (!outcome.ok && outcome.reason === "unknown") return redeemWorkspaceCode(res, deps, { code: request.code, deviceToken, now });
  if (!outcome.ok) {
    deps.log.info({ event: "device code refused", reason: outcome.reason }, "device code refused");
    const refusal = REFUSALS[outcome.reason];
    return sendJson(res, refusal.status, { error: { code: refusal.code, message: refusal.message } });
  }
  const state = await deps.store.refresh(outcome.spaceId);
  deps.log.info({ event: "device added", space: outcome.spaceId, participant: outcome.participantId }, "device added");
  const answer: TDeviceSignedIn = {
    spaceId: outcome.spaceId,
    name: findParticipant(state, outcome.participantId)?.name ?? "",
    path: `/s/${outcome.spaceId}`,
  };
  sendJson(res, 200, answer, { "set-cookie": accessCookie(outcome.spaceId, deviceToken, deps.publicUrl.startsWith("https:")) });
}

/** A workspace's code (WSP7): the new device gets a workspace key of its own and opens the workspace. */
async function redeemWorkspaceCode(res: ServerResponse, deps: HttpDeps, redeem: { code: string; deviceToken: string; now: Date }): Promise<void> {
  const outcome = await redeemWorkspaceDeviceCode(deps.db, { codeHash: hashToken(redeem.code), deviceTokenHash: hashToken(redeem.deviceToken), at: redeem.now });
  if (!outcome.ok) {
    deps.log.info({ event: "device code refused", reason: outcome.reason }, "device code refused");
    const refusal = REFUSALS[outcome.reason];
    return sendJson(res, refusal.status, { error: { code: refusal.code, message: refusal.message } });
  }
  deps.log.info({ event: "device added", workspace: outcome.workspaceId }, "device added");
  const answer: TDeviceSignedIn = { workspaceId: outcome.workspaceId, path: "/workspace" };
  sendJson(res, 200, answer, { "set-cookie": workspaceCookie(redeem.deviceToken, deps.publicUrl.startsWith("https:")) });
}

export function windowOf(now: Date): { start: Date; end: Date } {
  const start = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
  return { start: new Date(start), end: new Date(start + WINDOW_MS) };
}

export function tooMany(res: ServerResponse, window: { end: Date }, now: Date, message: string): void {
  const seconds = Math.max(1, Math.ceil((window.end.getTime() - now.getTime()) / 1000));
  sendJson(res, 429, { error: { code: "RATE_LIMITED", message } }, { "retry-after": String(seconds) });
}

/**
 * The address a request came from. Behind a balancer the socket's is the balancer's; with
 * TRUST_PROXY the last X-Forwarded-For entry is the client's, the one the balancer appended
 * (earlier entries come from the client and may be made up). See README, "Several servers".
 */
export function clientAddress(req: IncomingMessage, deps: { trustProxy: boolean }): string {
  if (deps.trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const last = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "")).split(",").at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? "unknown";
}
