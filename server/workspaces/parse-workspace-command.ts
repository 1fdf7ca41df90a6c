import type { z } from "zod";
import type { TAppError } from "../../core/protocol/acks";
import { unstorableTextError } from "../../core/protocol/parse-command";
import { WORKSPACE_COMMAND_TYPES, ZWorkspaceCommandBody, ZWorkspaceEnvelope, type TWorkspaceClientCommand } from "../../core/workspace/commands";

export type ParsedWorkspaceCommand = { ok: true; id: string; command: TWorkspaceClientCommand } | { ok: false; error: TAppError };

/** The workspace socket's boundary: envelope, then the payload of that command type. */
export function parseWorkspaceCommand(raw: unknown): ParsedWorkspaceCommand {
  const envelope = ZWorkspaceEnvelope.safeParse(raw);
  if (!envelope.success) return { ok: false, error: { code: "INVALID_COMMAND", message: "That message is not a command we understand." } };
  const { id, type, payload } = envelope.data;
  const unstorable = unstorableTextError(payload);
  if (unstorable) return { ok: false, error: unstorable };
  if (!(WORKSPACE_COMMAND_TYPES as string[]).includes(type)) {
    return { ok: false, error: { code: "UNKNOWN_COMMAND", message: `There is no workspace command called “${type}”.` } };
  }
  const body = ZWorkspaceCommandBody.safeParse({ type, payload });
  if (!body.success) return { ok: false, error: fromZodError(body.error) };
  return { ok: true, id, command: body.data };
}

function fromZodError(error: z.ZodError): TAppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.filter((p) => p !== "payload").join(".") || "(command)"] ??= issue.message;
  const first = error.issues[0];
  return { code: "INVALID_PAYLOAD", message: first ? first.message : "Some of what was sent is not valid.", fields };
}
