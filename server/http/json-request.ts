import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "../../core/protocol/storable-text";
import { BodyTooLarge, readBody, sendJson } from "./respond";

/**
 * The boundary of every JSON API route: our own origin, JSON, a bounded body, then the
 * route's schema. Refusals are answered here with a clear message; the route receives
 * parsed data or nothing.
 */
export async function parseJsonRequest<TSchema extends z.ZodType>(
  req: IncomingMessage,
  res: ServerResponse,
  options: { schema: TSchema; publicOrigin: string; maxBytes: number; refusedOrigin: string },
): Promise<z.output<TSchema> | null> {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== options.publicOrigin) {
    sendJson(res, 403, { error: { code: "ORIGIN_REFUSED", message: options.refusedOrigin } });
    return null;
  }
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
    sendJson(res, 415, { error: { code: "INVALID_INPUT", message: "Please send JSON." } });
    return null;
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, options.maxBytes));
  } catch (error) {
    const isTooLarge = error instanceof BodyTooLarge;
    sendJson(res, isTooLarge ? 413 : 400, {
      error: { code: "INVALID_INPUT", message: isTooLarge ? "That was too much to send at once." : "That was not valid JSON." },
    });
    return null;
  }
  const unstorable = findUnstorableText(body);
  if (unstorable !== null) {
    sendJson(res, 400, { error: { code: "INVALID_INPUT", message: UNSTORABLE_TEXT_MESSAGE, fields: { [unstorable === "(value)" ? "(form)" : unstorable]: UNSTORABLE_TEXT_MESSAGE } } });
    return null;
  }
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join(".") || "(form)", issue.message]));
    const first = parsed.error.issues[0];
    sendJson(res, 400, { error: { code: "INVALID_INPUT", message: first?.message ?? "Please check the form.", fields } });
    return null;
  }
  return parsed.data;
}
