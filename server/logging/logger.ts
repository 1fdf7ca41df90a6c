import pino, { type Logger } from "pino";

/**
 * Structured logs, one JSON line per connection and per command. Tokens, cookies and
 * anything a participant writes never reach a log line: callers pass ids and codes
 * only, and the redaction below is a second line of defence.
 */
export function createLogger(level: pino.LevelWithSilentOrString, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    redact: {
      paths: ["token", "*.token", "cookie", "*.cookie", "headers.cookie", "payload", "*.payload"],
      censor: "[hidden]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
