import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import { BodyTooLarge, readBody, sendJson } from "./respond";

const MAX_BODY_BYTES = 16 * 1024;

/**
 * The boundary of our JSON routes: own origin, JSON, a small body, parsed by its schema.
 * Answers the error itself and returns null, or returns the parsed body.
 */
export async function readJsonRequest<TSchema extends z.ZodType>(
  req: IncomingMessage,
  res: ServerResponse,
  publicOrigin: string,
  schema: TSchema,
  refusedOrigin: string,
): Promise<z.output<TSchema> | null> {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== publicOrigin) {
    sendJson(res, 403, { error: { code: "ORIGIN_REFUSED", message: refusedOrigin } });
    return null;
  }
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
    sendJson(res, 415, { error: { code: "INVALID_INPUT", message: "Please send JSON." } });
    return null;
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, MAX_BODY_BYTES));
  } catch (error) {
    const message = error instanceof BodyTooLarge ? "That was too much to send at once." : "That was not valid JSON.";
    sendJson(res, error instanceof BodyTooLarge ? 413 : 400, { error: { code: "INVALID_INPUT", message } });
    return null;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join(".") || "(form)", issue.message]));
    const first = parsed.error.issues[0];
    sendJson(res, 400, { error: { code: "INVALID_INPUT", message: first?.message ?? "Please check the form.", fields } });
    return null;
  }
  return parsed.data;
}
