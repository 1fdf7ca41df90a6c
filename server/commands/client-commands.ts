import type { TClientCommand } from "../../core/protocol/commands";
import { replaceAccessToken } from "../../db/access-tokens";
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
  context: { spaceId: string; publicUrl: string; now: Date },
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
    default:
      return {};
  }
}

export function personalLink(publicUrl: string, token: string): string {
  return `${publicUrl}/j/${token}`;
}
