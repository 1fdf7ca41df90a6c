import type { z } from "zod";
import type { TAppError } from "./acks";
import { CLIENT_COMMAND_TYPES, ZClientCommandBody, ZCommandEnvelope, type TClientCommand } from "./commands";

/** Commands larger than this are refused before parsing (drafts are far smaller). */
export const MAX_COMMAND_BYTES = 64 * 1024;

export type ParsedCommand = { ok: true; command: TClientCommand } | { ok: false; commandId?: string; error: TAppError };

/**
 * The boundary for everything a client sends: envelope first (so the ack can name the
 * command), then the payload of that command type. Every refusal is a value.
 */
export function parseClientCommand(raw: unknown): ParsedCommand {
  const envelope = ZCommandEnvelope.safeParse(raw);
  if (!envelope.success) {
    return { ok: false, error: fromZodError("INVALID_COMMAND", "That message is not a command we understand.", envelope.error) };
  }
  const { id, type, payload } = envelope.data;
  if (!(CLIENT_COMMAND_TYPES as string[]).includes(type)) {
    return { ok: false, commandId: id, error: { code: "UNKNOWN_COMMAND", message: `There is no command called “${type}”.` } };
  }
  const body = ZClientCommandBody.safeParse({ type, payload });
  if (!body.success) {
    return { ok: false, commandId: id, error: fromZodError("INVALID_PAYLOAD", "Some of what was sent is not valid.", body.error) };
  }
  return { ok: true, command: { ...body.data, id } };
}

function fromZodError(code: TAppError["code"], lead: string, error: z.ZodError): TAppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.filter((p) => p !== "payload").join(".") || "(command)";
    fields[path] ??= issue.message;
  }
  const first = error.issues[0];
  const where = first ? first.path.filter((p) => p !== "payload").join(".") : "";
  return { code, message: first ? `${lead} ${where ? `${where}: ` : ""}${first.message}` : lead, fields };
}

export function payloadBytes(raw: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(raw) ?? "").length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
