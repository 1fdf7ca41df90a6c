import type { TCalendarAddresses, TClientCommand } from "../../core/protocol/commands";
import { replaceAccessToken } from "../../db/access-tokens";
import { replaceCalendarFeed, revokeCalendarFeeds } from "../../db/calendar-feeds";
import type { Tx } from "../../db/event-log";
import { generateToken, hashToken } from "../auth/tokens";

export type ShellEffects = {
  alongside?: (tx: Tx) => Promise<void>;
  /** Returned to the sender only, in the ack (never broadcast). */
  result?: unknown;
};

/**
 * The few commands that need the shell's help beyond the event log: randomness and
 * side tables. Everything that decides lives in core; this only prepares the writes.
 */
export function shellEffectsFor(
  command: TClientCommand,
  context: { spaceId: string; participantId: string; publicUrl: string; now: Date },
): ShellEffects {
  switch (command.type) {
    case "link:renew": {
      const token = generateToken();
      return {
        alongside: (tx) =>
          replaceAccessToken(tx, {
            spaceId: context.spaceId,
            participantId: command.payload.participantId,
            tokenHash: hashToken(token),
            at: context.now,
          }),
        result: { participantId: command.payload.participantId, link: personalLink(context.publicUrl, token) },
      };
    }
    case "calendar:subscribe": {
      const token = generateToken();
      return {
        alongside: (tx) =>
          replaceCalendarFeed(tx, { spaceId: context.spaceId, participantId: context.participantId, tokenHash: hashToken(token), at: context.now }),
        result: calendarAddresses(context.publicUrl, token),
      };
    }
    case "calendar:unsubscribe":
      return { alongside: (tx) => revokeCalendarFeeds(tx, context.participantId, context.now) };
    default:
      return {};
  }
}

export function personalLink(publicUrl: string, token: string): string {
  return `${publicUrl}/j/${token}`;
}

/**
 * A calendar address twice: `webcal://` opens the subscription in the device's calendar
 * app; the https one is for calendars that ask for an address (Google Calendar's "From URL").
 */
export function calendarAddresses(publicUrl: string, token: string): TCalendarAddresses {
  const https = `${publicUrl}/cal/${token}.ics`;
  return { webcal: https.replace(/^https?:/, "webcal:"), https };
}
