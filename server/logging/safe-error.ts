import { sqlStateOf } from "../../db/errors";

export type SafeError = { type: string; code?: string; stack?: string; cause?: SafeError };

/**
 * What an error may say in a log: its kind, its code (a SQLSTATE, ECONNREFUSED …) and
 * where it was thrown. Never its message or properties: a failed query's message carries
 * the statement and its parameters (another couple's draft), a JSON error quotes its input.
 */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = sqlStateOf(error) ?? stringCode(error);
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .join("\n");
  const cause = (error as { cause?: unknown }).cause;
  return {
    type: error.constructor?.name ?? "Error",
    ...(code ? { code } : {}),
    ...(frames ? { stack: frames } : {}),
    ...(cause !== undefined && depth < 3 ? { cause: safeError(cause, depth + 1) } : {}),
  };
}

function stringCode(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[A-Za-z0-9_]{1,40}$/.test(code) ? code : undefined;
}
