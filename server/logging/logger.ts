import pino, { type Logger } from "pino";
import { safeError } from "./safe-error";

/**
 * Structured logs, one JSON line per connection and per command. Tokens, cookies and
 * anything a participant writes never reach a log line: callers pass ids and codes
 * only, errors are written without their messages (safe-error.ts), and the redaction
 * below is a further line of defence.
 */
export function createLogger(level: pino.LevelWithSilentOrString, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    serializers: { err: safeError, error: safeError },
    redact: {
      paths: ["token", "*.token", "cookie", "*.cookie", "headers.cookie", "payload", "*.payload"],
      censor: "[hidden]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
