import type { TAck } from "../../core/protocol/acks";
import type { TSpaceState } from "../../core/negotiation/state";
import { isLargerThan, MAX_COMMAND_BYTES, parseClientCommand } from "../../core/protocol/parse-command";
import { viewFor } from "../../core/negotiation/view";
import { runCommand, type CommandDeps } from "../commands/execute-command";
import { shellEffectsFor } from "../commands/client-commands";
import { senderCommandId } from "../commands/sender-command-id";
import { DEADLINE_PASSED, withinDeadline } from "../commands/deadline";
import { isStorageUnavailable } from "../../db/errors";
import type { Logger } from "../logging/logger";
import type { CommandInbox } from "./command-inbox";
import type { ParticipantRateLimit } from "./participant-rate-limit";
import { keyHolderRoom, participantRoom } from "./rooms";
import type { RealtimeSocket } from "./types";

/** Commands per participant: a burst, then a steady rate (a person typing stays far below it). */
export type RateLimit = { burst: number; perSecond: number };
export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 30, perSecond: 10 };

export type CommandHandlerDeps = CommandDeps & {
  log: Logger;
  publicUrl: string;
  rateLimit: RateLimit;
  participantRate: ParticipantRateLimit;
  /** Every command is answered within this many milliseconds, stored or not. */
  commandDeadlineMs: number;
};

/**
 * Socket side of the command path: bound, parse, run, ack. Never throws into socket.io.
 * Commands start in arrival order through the server's one inbox (command-inbox.ts).
 */
export function handleCommands(socket: RealtimeSocket, deps: CommandHandlerDeps, inbox: CommandInbox): void {
  // A participant's budget may live in Redis (an answer to wait for): this socket's commands
  // still reach the inbox in the order they arrived.
  let arrived: Promise<unknown> = Promise.resolve();
  const sendAnswer = (ack: unknown, given: TAck, type: string, id?: string, ms?: number) => {
    const { spaceId: space, participantId: participant } = socket.data;
    const code = given.ok ? undefined : given.error.code;
    deps.log.info({ event: "command", space, participant, type, id, ok: given.ok, code, ms }, "command");
    (ack as (a: TAck) => void)(given);
  };
  socket.on("command", (raw: unknown, ack: unknown) => {
    // Counted as it arrives, and a flood is answered at once: it never waits in the inbox.
    const admit = (isAllowed: boolean) => {
      if (typeof ack === "function" && !isAllowed) return sendAnswer(ack, rateLimited(), "?");
      inbox.push(() => void handle(raw, ack));
    };
    const taken = deps.participantRate.take(socket.data.participantId);
    if (typeof taken === "boolean") arrived = arrived.then(() => admit(taken));
    else arrived = Promise.all([taken, arrived]).then(([isAllowed]) => admit(isAllowed));
  });
  const handle = async (raw: unknown, ack: unknown) => {
    if (typeof ack !== "function") {
      deps.log.info({ event: "command without ack", socket: socket.id }, "command ignored");
      return;
    }
    const started = performance.now();
    // Answered once: an applied command is answered the moment it is stored (see onApplied).
    let isAnswered = false;
    const reply = (given: TAck, type: string, id?: string) => {
      if (isAnswered) return;
      isAnswered = true;
      sendAnswer(ack, given, type, id, Math.round((performance.now() - started) * 10) / 10);
    };
    try {
      if (isLargerThan(raw, MAX_COMMAND_BYTES)) {
        return reply(
          { ok: false, error: { code: "PAYLOAD_TOO_LARGE", message: "That was too much to send at once (64 KiB at most)." } },
          "?",
        );
      }
      const parsed = parseClientCommand(raw);
      if (!parsed.ok) return reply({ ok: false, error: parsed.error }, "?", parsed.commandId);
      const { command } = parsed;
      const effects = shellEffectsFor(command, {
        spaceId: socket.data.spaceId,
        participantId: socket.data.participantId,
        publicUrl: deps.publicUrl,
        now: deps.now(),
      });
      const withView = (answer: OkAck, state: TSpaceState | undefined, result: unknown) =>
        ackWithView(answer, state, socket.data.participantId, deps.now(), result);
      const outcome = await withinDeadline(runCommand(deps, {
        spaceId: socket.data.spaceId,
        commandId: senderCommandId(socket.data.participantId, command.id),
        command: effects.command,
        actor: { kind: "participant", participantId: socket.data.participantId, role: socket.data.role },
        alongside: effects.alongside,
        origin: socket.id,
        onApplied: (applied) => {
          reply(withView({ ok: true, seq: applied.seq }, applied, effects.result), command.type, command.id);
        },
      }), deps.commandDeadlineMs);
      if (outcome === DEADLINE_PASSED) return reply(storageUnavailable(), command.type, command.id);
      const { ack: answer, state } = outcome;
      // A removed counsellor's open connections close now, on every process (CNS2).
      if (answer.ok && command.type === "counsellor:remove") socket.nsp.in(participantRoom(command.payload.participantId)).disconnectSockets(true);
      // So do those that came in with a key a new link just replaced (SPC4): the old key
      // refuses new handshakes, and an open connection must not outlive it.
      if (answer.ok && !answer.duplicate && command.type === "link:renew") socket.nsp.in(keyHolderRoom(command.payload.participantId)).disconnectSockets(true);
      if (isAnswered) return;
      if (!answer.ok) return reply(answer, command.type, command.id);
      // A duplicate never carries a result: a renewed link is shown once, to its first ack.
      reply(withView(answer, state, answer.duplicate ? undefined : effects.result), command.type, command.id);
    } catch (error) {
      if (isStorageUnavailable(error)) {
        deps.log.warn({ err: error, socket: socket.id }, "command not stored: database unavailable");
        return reply(storageUnavailable(), "?");
      }
      deps.log.error({ err: error, socket: socket.id }, "command failed");
      reply({ ok: false, error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } }, "?");
    }
  };
}

type OkAck = TAck & { ok: true };

/**
 * The sender's view rides in its ack (publishing leaves the sending connection out). A
 * duplicate carries the current view too, in case the first ack was lost.
 */
function ackWithView(answer: OkAck, state: TSpaceState | undefined, participantId: string, now: Date, result: unknown): TAck {
  return {
    ...answer,
    ...(result !== undefined ? { result } : {}),
    ...(state ? { view: { ...viewFor(state, participantId), sentAt: now.toISOString() } } : {}),
  };
}

function storageUnavailable(): TAck {
  return {
    ok: false,
    error: { code: "STORAGE_UNAVAILABLE", message: "We could not save this just now. Please try again in a moment: nothing will be saved twice." },
  };
}

function rateLimited(): TAck {
  return { ok: false, error: { code: "RATE_LIMITED", message: "That was a lot at once. Please wait a moment and try again." } };
}
