import { randomUUID } from "node:crypto";
import type { TSpaceCommand } from "../../core/negotiation/commands";
import type { TCalendarAddresses, TClientCommand } from "../../core/protocol/commands";
import { replaceAccessToken, revokeAccessTokens } from "../../db/access-tokens";
import { replaceCalendarFeed, revokeCalendarFeeds } from "../../db/calendar-feeds";
import type { Tx } from "../../db/event-log";
import { generateToken, hashToken } from "../auth/tokens";

export type ShellEffects = {
  /** The command as decided: the client's, with what only the server may choose (a fresh id) added. */
  command: TSpaceCommand;
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
        command,
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
    case "counsellor:invite":
      // Participant ids name socket rooms across every space, so only the server picks them.
      return { command: { type: "counsellor:invite", payload: { name: command.payload.name, participantId: randomUUID() } } };
    case "counsellor:remove":
      // A removed counsellor's links stop working in the same transaction as the removal (CNS2).
      return { command, alongside: (tx) => revokeAccessTokens(tx, command.payload.participantId, context.now) };
    case "calendar:subscribe": {
      const token = generateToken();
      return {
        command,
        alongside: (tx) =>
          replaceCalendarFeed(tx, { spaceId: context.spaceId, participantId: context.participantId, tokenHash: hashToken(token), at: context.now }),
        result: calendarAddresses(context.publicUrl, token),
      };
    }
    case "calendar:unsubscribe":
      return { command, alongside: (tx) => revokeCalendarFeeds(tx, context.participantId, context.now) };
    default:
      return { command };
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
