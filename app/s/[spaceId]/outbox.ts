import type { TAck } from "../../../core/protocol/acks";

/** A command on its way to the server, kept until the server answers it (INP3). */
export type TOutgoing = {
  id: string;
  type: string;
  payload: unknown;
  /** Only the newest of its type matters (a draft save): a newer one replaces it while it waits. */
  isNewestOnly?: boolean;
};

export type TOutboxStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export type TOutboxOptions = {
  /** Where commands survive a reload (localStorage); null keeps them in memory only. */
  storage: TOutboxStorage | null;
  /** One key per space and participant. */
  key: string;
  /** Sends one command and resolves with its ack; rejects when no ack came (timeout, lost connection). */
  transmit: (command: { id: string; type: string; payload: unknown }) => Promise<TAck>;
  /** Every answer, also to commands sent before a reload that nobody here awaits. */
  onAnswer?: (ack: TAck) => void;
  newId?: () => string;
  /** Wait before sending again a command that got no answer, or "try again" (by attempt, from 1). */
  retryDelayMs?: (attempt: number) => number;
};

export type TOutbox = ReturnType<typeof createOutbox>;

/** Answers that mean "not stored, send the same command again": kept, sent again later. */
const RETRY_CODES = new Set(["STORAGE_UNAVAILABLE", "RATE_LIMITED", "BUSY"]);

const defaultRetryDelay = (attempt: number) => Math.min(1_000 * 2 ** (attempt - 1), 15_000);

/**
 * Commands leave in the order they were made, one at a time, and each stays here (and in
 * storage, so a reload keeps it) until the server answers it. A command whose answer never
 * came goes again with the same id after reconnecting; the server applies an id once per
 * sender (INP2), so sending again is always safe. Nothing in here is ever logged.
 */
export function createOutbox(options: TOutboxOptions) {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const retryDelayMs = options.retryDelayMs ?? defaultRetryDelay;
  let queue: TOutgoing[] = readStored(options);
  const waiters = new Map<string, Array<(ack: TAck) => void>>();
  const listeners = new Set<() => void>();
  let isOnline = false;
  let inFlight: string | null = null;
  // Bumped on every lost connection: an answer to a send from before it is not waited for.
  let connection = 0;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const changed = () => listeners.forEach((listener) => listener());

  function wait(id: string, resolve: (ack: TAck) => void) {
    waiters.set(id, [...(waiters.get(id) ?? []), resolve]);
  }

  function send(type: string, payload: unknown, sendOptions: { isNewestOnly?: boolean } = {}): Promise<TAck> {
    const command: TOutgoing = { id: newId(), type, payload, ...(sendOptions.isNewestOnly ? { isNewestOnly: true } : {}) };
    // One already sent may have arrived: it stays until answered; only a waiting one is replaced.
    const replaced = sendOptions.isNewestOnly ? queue.filter((c) => c.type === type && c.isNewestOnly && c.id !== inFlight).map((c) => c.id) : [];
    const answer = new Promise<TAck>((resolve) => {
      wait(command.id, resolve);
      // Whoever waited for a replaced command learns how its newer replacement went.
      for (const id of replaced) for (const resolveOld of waiters.get(id) ?? []) wait(command.id, resolveOld);
    });
    for (const id of replaced) waiters.delete(id);
    queue = [...queue.filter((c) => !replaced.includes(c.id)), command];
    store(options, (stored) => [...stored.filter((c) => !replaced.includes(c.id) && c.id !== command.id), command]);
    changed();
    void flush();
    return answer;
  }

  async function flush() {
    if (!isOnline || inFlight !== null || retryTimer !== null || queue.length === 0) return;
    const command = queue[0]!;
    inFlight = command.id;
    const sentOn = connection;
    let ack: TAck | null;
    try {
      ack = await options.transmit({ id: command.id, type: command.type, payload: command.payload });
    } catch {
      ack = null;
    }
    if (sentOn !== connection) return; // the connection was lost meanwhile; `connected` sends it again
    inFlight = null;
    if (ack === null || (!ack.ok && RETRY_CODES.has(ack.error.code))) {
      attempt += 1;
      retryTimer = setTimeout(() => {
        retryTimer = null;
        void flush();
      }, retryDelayMs(attempt));
      return;
    }
    attempt = 0;
    settle(command.id, ack);
    void flush();
  }

  function settle(id: string, ack: TAck) {
    queue = queue.filter((c) => c.id !== id);
    store(options, (stored) => stored.filter((c) => c.id !== id));
    const resolvers = waiters.get(id) ?? [];
    waiters.delete(id);
    options.onAnswer?.(ack);
    resolvers.forEach((resolve) => resolve(ack));
    changed();
  }

  function stopRetrying() {
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
  }

  return {
    send,
    /** The connection is up: send what waits, oldest first. */
    connected() {
      isOnline = true;
      stopRetrying();
      attempt = 0;
      void flush();
    },
    /** The connection is gone: whatever was sent without an answer goes again on the next. */
    disconnected() {
      isOnline = false;
      connection += 1;
      inFlight = null;
      stopRetrying();
    },
    /** What is still waiting for the server, oldest first. */
    pending(): readonly TOutgoing[] {
      return queue;
    },
    /** The newest waiting command of a type (a draft save kept from before a reload). */
    newestOf(type: string): TOutgoing | undefined {
      return queue.findLast((c) => c.type === type);
    },
    /** The answer to a waiting command, for one kept from before a reload. */
    answerOf(id: string): Promise<TAck> {
      return new Promise((resolve) => wait(id, resolve));
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

function readStored(options: Pick<TOutboxOptions, "storage" | "key">): TOutgoing[] {
  let raw: string | null = null;
  try {
    raw = options.storage?.getItem(options.key) ?? null;
  } catch {
    return [];
  }
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const seen = new Set<string>();
  const commands: TOutgoing[] = [];
  for (const item of parsed as unknown[]) {
    if (!isOutgoing(item) || seen.has(item.id)) continue;
    seen.add(item.id);
    commands.push({ id: item.id, type: item.type, payload: item.payload, ...(item.isNewestOnly === true ? { isNewestOnly: true } : {}) });
  }
  return commands;
}

function isOutgoing(item: unknown): item is TOutgoing {
  if (typeof item !== "object" || item === null) return false;
  const candidate = item as Record<string, unknown>;
  return typeof candidate.id === "string" && candidate.id.length > 0 && typeof candidate.type === "string" && "payload" in candidate;
}

/**
 * Reads, changes and writes back, so two tabs of the same person each add and remove
 * their own commands without undoing the other's. Storage that is full or refused
 * (private browsing) leaves the commands in memory only.
 */
function store(options: Pick<TOutboxOptions, "storage" | "key">, change: (stored: TOutgoing[]) => TOutgoing[]) {
  if (!options.storage) return;
  try {
    const next = change(readStored(options));
    if (next.length === 0) options.storage.removeItem(options.key);
    else options.storage.setItem(options.key, JSON.stringify(next));
  } catch {
    // Kept in memory for as long as this page is open.
  }
}
