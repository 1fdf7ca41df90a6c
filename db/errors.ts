/**
 * Drizzle wraps driver errors; the SQLSTATE sits on `cause` (postgres.js and PGlite
 * alike). A unique violation on the event log means another writer got there first.
 */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === "23505";
}

function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * A deadlock (40P01) or a serialization failure (40001) says nothing about the statement
 * itself: run again, it succeeds or meets a real conflict.
 */
export function isTransientConflict(error: unknown): boolean {
  const state = sqlState(error);
  return state === "40P01" || state === "40001";
}

/** The SQLSTATE of a database error, if it is one (never its message or parameters). */
export function sqlStateOf(error: unknown): string | undefined {
  return sqlState(error);
}

/** Connection-level failures: the database is away or refused to serve, not the statement. */
const UNAVAILABLE_STATES = /^(08...|57P0[1-3]|57014|53300)$/;
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

/**
 * Whether an error means the database could not be reached or stopped serving (down,
 * restarting, a statement cut off by its timeout): the command may be sent again as it was.
 */
export function isStorageUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_STATES.test(code))) return true;
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.some((e) => isStorageUnavailable(e))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
