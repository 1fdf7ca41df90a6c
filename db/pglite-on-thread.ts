import { Worker } from "node:worker_threads";

const THREAD_URL = new URL("./pglite-thread.mjs", import.meta.url);

type TQueryOptions = { rowMode?: "array" | "object"; parsers?: Record<number, (text: string) => unknown> };
type TResults = { rows: unknown[]; fields: { name: string; dataTypeID: number }[]; affectedRows?: number };
type TPlainError = { name: string; message: string } & Record<string, string | number>;
type TOpened = { ready: true } | { ready: false; error: TPlainError };
type TReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: TPlainError };
type TRequest =
  | { kind: "query"; sql: string; params: unknown[]; rowMode?: string; textTypes?: number[]; tx?: number }
  | { kind: "begin" }
  | { kind: "end"; tx: number; commit: boolean }
  | { kind: "close" };

/** What drizzle's PGlite driver calls on a client, inside a transaction. */
export type PgliteQueries = {
  query<T>(sql: string, params?: unknown[], options?: TQueryOptions): Promise<TResults & { rows: T[] }>;
};

/**
 * The embedded database (PGlite) on a thread of its own, behind the part of PGlite's
 * interface that drizzle and the hot path use: `query`, `transaction` and `close`.
 *
 * Why: PGlite is PostgreSQL compiled to WebAssembly, and in the main thread every
 * statement it runs is time no socket is served. Under the reveal's burst that was about a
 * third of the main thread's CPU (README, "Benchmarks"); here it runs on the other core.
 * Transactions keep their meaning: the thread holds each open until it is told to end,
 * and PGlite runs no other statement meanwhile, as it does in one thread.
 *
 * If the thread stops, every waiting and later statement fails as a lost connection would
 * (`CONNECTION_CLOSED`), which commands answer as STORAGE_UNAVAILABLE.
 */
export class PgliteOnThread implements PgliteQueries {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private stopped: Error | null = null;

  /** Settles with the thread's first message: the database is open, or why it could not be. */
  private readonly ready: Promise<void>;

  private constructor(private readonly worker: Worker) {
    let opened: (reply: TOpened) => void = () => {};
    this.ready = new Promise<TOpened>((resolve) => (opened = resolve)).then((reply) => {
      if (!reply.ready) throw errorFrom(reply.error);
    });
    worker.on("message", (reply: TReply | TOpened) => {
      if ("ready" in reply) return opened(reply);
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(errorFrom(reply.error));
    });
    this.onStop = (reason) => opened({ ready: false, error: { name: "Error", message: reason } });
    worker.on("error", () => this.stop("The embedded database stopped."));
    worker.on("exit", () => this.stop("The embedded database is closed."));
  }

  private readonly onStop: (reason: string) => void;

  /** From now on every statement fails at once, as on a lost connection. */
  private stop(reason: string): void {
    if (this.stopped) return;
    this.stopped = connectionClosed(reason);
    this.onStop(reason);
    for (const { reject } of this.waiting.values()) reject(this.stopped);
    this.waiting.clear();
  }

  /** Starts the thread and opens the database in `dataDir` (in memory when null). */
  static async open(dataDir: string | null): Promise<PgliteOnThread> {
    const worker = new Worker(THREAD_URL, { workerData: { dataDir } });
    const client = new PgliteOnThread(worker);
    try {
      await client.ready;
    } catch (error) {
      await worker.terminate();
      throw error;
    }
    return client;
  }

  query<T>(sql: string, params: unknown[] = [], options?: TQueryOptions): Promise<TResults & { rows: T[] }> {
    return this.queryIn(undefined, sql, params, options);
  }

  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  async transaction<T>(work: (tx: PgliteQueries) => Promise<T>): Promise<T> {
    const tx = (await this.call({ kind: "begin" })) as number;
    let result: T;
    try {
      result = await work({ query: (sql, params = [], options) => this.queryIn(tx, sql, params, options) });
    } catch (error) {
      await this.call({ kind: "end", tx, commit: false }).catch(() => {});
      throw error;
    }
    await this.call({ kind: "end", tx, commit: true });
    return result;
  }

  async close(): Promise<void> {
    if (!this.stopped) await this.call({ kind: "close" }).catch(() => {});
    await this.worker.terminate();
    this.stop("The embedded database is closed.");
  }

  private async queryIn<T>(tx: number | undefined, sql: string, params: unknown[], options?: TQueryOptions): Promise<TResults & { rows: T[] }> {
    const request: TRequest = { kind: "query", sql, params, tx, ...(options ? crossableOptions(options) : {}) };
    return (await this.call(request)) as TResults & { rows: T[] };
  }

  private call(request: TRequest): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...request });
    });
  }
}

const checkedOptions = new WeakMap<TQueryOptions, { rowMode?: string; textTypes?: number[] }>();

/**
 * A function cannot cross to another thread. The only parsers drizzle passes keep the text
 * of dates and intervals as it is; the thread applies the same by type number. Any other
 * parser is refused rather than silently dropped.
 */
function crossableOptions(options: TQueryOptions): { rowMode?: string; textTypes?: number[] } {
  const known = checkedOptions.get(options);
  if (known) return known;
  const { rowMode, parsers, ...rest } = options;
  if (Object.keys(rest).length > 0) throw new Error(`Query options the database thread does not take: ${Object.keys(rest).join(", ")}`);
  const textTypes = Object.entries(parsers ?? {}).map(([type, parse]) => {
    if (parse("2026-01-01 00:00:00") !== "2026-01-01 00:00:00") throw new Error(`Only parsers that keep the text can cross to the database thread (type ${type}).`);
    return Number(type);
  });
  const crossable = { rowMode, ...(parsers ? { textTypes } : {}) };
  checkedOptions.set(options, crossable);
  return crossable;
}

/** The database's error rebuilt on this side: its message and fields (`code` is the SQLSTATE), as PGlite gave them. */
function errorFrom(plain: TPlainError): Error {
  const { message, name, ...fields } = plain;
  const error = Object.assign(new Error(message), fields);
  error.name = name;
  return error;
}

function connectionClosed(message: string): Error {
  return Object.assign(new Error(message), { code: "CONNECTION_CLOSED" });
}
