import type { z } from "zod";
import type { TAppError } from "./acks";
import { CLIENT_COMMAND_TYPES, ZClientCommandBody, ZCommandEnvelope, type TClientCommand } from "./commands";
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "./storable-text";

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
  const unstorable = unstorableTextError(payload);
  if (unstorable) return { ok: false, commandId: id, error: unstorable };
  if (!(CLIENT_COMMAND_TYPES as string[]).includes(type)) {
    return { ok: false, commandId: id, error: { code: "UNKNOWN_COMMAND", message: `There is no command called “${type}”.` } };
  }
  const body = ZClientCommandBody.safeParse({ type, payload });
  if (!body.success) {
    return { ok: false, commandId: id, error: fromZodError("INVALID_PAYLOAD", "Some of what was sent is not valid.", body.error) };
  }
  return { ok: true, command: { ...body.data, id } };
}

/** Text the database could not store, refused for every command before its schema runs. */
export function unstorableTextError(payload: unknown): TAppError | null {
  const where = findUnstorableText(payload);
  if (where === null) return null;
  return { code: "INVALID_PAYLOAD", message: UNSTORABLE_TEXT_MESSAGE, fields: { [where === "(value)" ? "(command)" : where]: UNSTORABLE_TEXT_MESSAGE } };
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

/** Whether a command, written as JSON, takes more than `limit` bytes of UTF-8. */
export function isLargerThan(raw: unknown, limit: number): boolean {
  // Every command passes here, nearly all far below the limit: a cheap upper bound settles
  // those without writing the JSON out again; only a command near the limit is measured.
  if (jsonBytesAtMost(raw, 0) <= limit) return false;
  return payloadBytes(raw) > limit;
}

export function payloadBytes(raw: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(raw) ?? "").length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * An upper bound of the JSON's UTF-8 length: a string code unit never takes more than 6
 * bytes (an escape like \u001f), a number never more than 24. Infinity past a sane depth.
 */
function jsonBytesAtMost(value: unknown, depth: number): number {
  if (depth > 64) return Number.POSITIVE_INFINITY;
  switch (typeof value) {
    case "string":
      return 2 + 6 * value.length;
    case "number":
      return 24;
    case "boolean":
      return 5;
    case "object": {
      if (value === null) return 4;
      let total = 2;
      if (Array.isArray(value)) {
        for (const item of value) total += 1 + jsonBytesAtMost(item, depth + 1);
        return total;
      }
      for (const key in value) total += 4 + 6 * key.length + jsonBytesAtMost((value as Record<string, unknown>)[key], depth + 1);
      return total;
    }
    default:
      // undefined and functions are left out of JSON; anything else is measured exactly.
      return typeof value === "undefined" || typeof value === "function" ? 0 : Number.POSITIVE_INFINITY;
  }
}
