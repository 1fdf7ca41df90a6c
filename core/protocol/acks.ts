import { z } from "zod";
import { DOMAIN_ERROR_CODES } from "../negotiation/errors";
import type { TSpaceView } from "../negotiation/view";

/**
 * Every error a client can receive, in one list: domain refusals from `decide`, and
 * the shell's own (bad input, limits, access). Codes are stable; messages are for people.
 */
export const ERROR_CODES = [
  // input and limits
  "INVALID_COMMAND",
  "UNKNOWN_COMMAND",
  "INVALID_PAYLOAD",
  "PAYLOAD_TOO_LARGE",
  "RATE_LIMITED",
  // refusals by the negotiation's rules
  ...DOMAIN_ERROR_CODES,
  // shell
  "BUSY",
  /** The database could not be reached in time; nothing is lost by sending the same command again (INP2). */
  "STORAGE_UNAVAILABLE",
  "INTERNAL",
] as const;
export type TErrorCode = (typeof ERROR_CODES)[number];

export const ZAppError = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** Where in the payload the problem is, for forms: "needs.0.label" → message. */
  fields: z.record(z.string(), z.string()).optional(),
});
export type TAppError = z.infer<typeof ZAppError>;

export type TAck<TResult = unknown> =
  | {
      ok: true;
      seq: number;
      duplicate?: boolean;
      result?: TResult;
      /**
       * The sender's own view as it stands after the command. The sending connection gets
       * no separate `view` frame for its own change: one frame instead of two.
       */
      view?: TSpaceView;
    }
  | { ok: false; error: TAppError };

/** Codes sent with `connect_error` (in `err.data.code`) when a handshake is refused. */
export const CONNECT_ERROR_CODES = [
  "AUTH_MISSING",
  "AUTH_MALFORMED",
  "AUTH_UNKNOWN",
  "AUTH_REVOKED",
  "ORIGIN_REFUSED",
  "NOT_GUIDED",
  "TOO_MANY_CONNECTIONS",
  "INTERNAL",
] as const;
export type TConnectErrorCode = (typeof CONNECT_ERROR_CODES)[number];
export type TConnectErrorData = { code: TConnectErrorCode; message: string };
