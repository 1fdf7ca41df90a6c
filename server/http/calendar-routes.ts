import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { agreementCalendarInputOf, buildAgreementCalendar } from "../../core/calendar/agreement-calendar";
import { findCalendarFeed } from "../../db/calendar-feeds";
import { signedInHolder } from "../auth/signed-in";
import { hashToken, isWellFormedToken } from "../auth/tokens";
import type { HttpDeps } from "./http-deps";

/**
 * GET /cal/<token>.ics — a partner's calendar subscription (CAL3). Calendar apps fetch it
 * again and again, so it always serves the current agreement. An address that was turned
 * off or never existed gets a plain answer that says nothing about any space.
 */
export async function calendarFeedRoute(req: IncomingMessage, res: ServerResponse, token: string, deps: HttpDeps): Promise<void> {
  const feed = isWellFormedToken(token) ? await findCalendarFeed(deps.db, hashToken(token)) : null;
  if (!feed) {
    return sendText(res, 404, "We don’t know this calendar address. If it was yours, make a new one on your agreement’s page in Breathing Room.\n");
  }
  if (feed.isRevoked) {
    deps.log.info({ event: "calendar refused", reason: "turned off" }, "calendar refused");
    return sendText(
      res,
      410,
      "This calendar address has been turned off, so nothing is shared through it any more. If it was yours, make a new one on your agreement’s page in Breathing Room.\n",
    );
  }
  const state = await deps.store.refresh(feed.spaceId);
  const input = agreementCalendarInputOf(state, feed.participantId, { publicUrl: deps.publicUrl, now: deps.now().toISOString(), isSubscription: true });
  if (!input) return sendText(res, 404, "There is no agreed week to show here.\n");
  deps.log.info({ event: "calendar served", space: feed.spaceId, participant: feed.participantId }, "calendar served");
  sendCalendar(req, res, buildAgreementCalendar(input), null);
}

/** GET /api/spaces/<spaceId>/calendar.ics — the agreed week as a file, for the partner this device is signed in as (CAL1). */
export async function calendarDownloadRoute(req: IncomingMessage, res: ServerResponse, spaceId: string, deps: HttpDeps): Promise<void> {
  const holder = await signedInHolder(deps.db, req.headers.cookie, spaceId);
  if (!holder.ok) return sendText(res, 401, `${holder.error.message}\n`);
  const state = await deps.store.refresh(spaceId);
  const input = agreementCalendarInputOf(state, holder.participantId, { publicUrl: deps.publicUrl, now: deps.now().toISOString() });
  if (!input) {
    const isCounsellor = state.participants.find((p) => p.id === holder.participantId)?.role === "counsellor";
    return sendText(res, isCounsellor ? 403 : 404, isCounsellor ? "The agreed week is the partners’ own calendar.\n" : "There is no agreement yet, so there is nothing to put in a calendar.\n");
  }
  sendCalendar(req, res, buildAgreementCalendar(input), "our-agreed-week.ics");
}

function sendCalendar(req: IncomingMessage, res: ServerResponse, text: string, fileName: string | null): void {
  // Apps ask often; the same agreement gives the same answer, so most asks are answered "not modified".
  const etag = `"${createHash("sha256").update(text.replace(/^DTSTAMP:.*$/gm, "")).digest("base64url").slice(0, 27)}"`;
  const headers: Record<string, string> = {
    "content-type": "text/calendar; charset=utf-8",
    "cache-control": "private, no-cache",
    etag,
    "referrer-policy": "no-referrer",
    "x-robots-tag": "noindex",
    "x-content-type-options": "nosniff",
  };
  if (fileName) headers["content-disposition"] = `attachment; filename="${fileName}"`;
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, headers);
    return void res.end();
  }
  res.writeHead(200, { ...headers, "content-length": String(Buffer.byteLength(text)) });
  res.end(req.method === "HEAD" ? undefined : text);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "content-length": String(Buffer.byteLength(text)),
    "x-content-type-options": "nosniff",
  });
  res.end(text);
}
