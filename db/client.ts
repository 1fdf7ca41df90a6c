import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { PgliteOnThread } from "./pglite-on-thread";
import * as schema from "./schema";

/** One drizzle type for both back ends, so every query is written once. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * A parameterised statement run as a prepared statement: the hot path (appending events)
 * skips drizzle's per-query describe round trip this way. Text must be fixed, values in params.
 */
export type RunPrepared = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export type Database = {
  db: Db;
  runPrepared: RunPrepared;
  kind: "postgres" | "pglite";
  /** True when the database answers a trivial query. */
  isReachable: () => Promise<boolean>;
  close: () => Promise<void>;
};

export type DatabaseOptions =
  | { kind: "postgres"; url: string; maxConnections?: number; timeouts?: DatabaseTimeouts }
  | { kind: "pglite"; dataDir: string | null };

/**
 * Nothing waits on the database forever: a connection that cannot be made in time fails,
 * and so does a statement that runs too long (the server cancels it). Commands have their
 * own, shorter deadline (COMMAND_DEADLINE_MS); these make sure the work behind them ends too.
 */
export type DatabaseTimeouts = { connectSeconds: number; statementMs: number };
export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectSeconds: 5, statementMs: 10_000 };

const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

/** Opens the database and brings its schema up to date with the committed migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === "postgres") return openPostgres(options.url, options.maxConnections ?? 10, options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS);
  // The embedded database runs on a thread of its own (pglite-on-thread.ts).
  const client = await PgliteOnThread.open(options.dataDir === null ? null : ensureDir(options.dataDir));
  const db = drizzlePglite(client as never, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db,
    runPrepared: async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows,
    kind: "pglite",
    isReachable: () => ping(db),
    close: () => client.close(),
  };
}

async function openPostgres(url: string, maxConnections: number, timeouts: DatabaseTimeouts): Promise<Database> {
  const client = postgres(url, {
    max: maxConnections,
    onnotice: () => {},
    connect_timeout: timeouts.connectSeconds,
    connection: { statement_timeout: timeouts.statementMs },
  });
  const db = drizzlePostgres(client, { schema }) as unknown as Db;
  // Several servers may start at once against one database: one migrates, the others wait.
  const lock = await client.reserve();
  try {
    await lock`select pg_advisory_lock(hashtext('breathing-room:migrate'))`;
    await migratePostgres(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await lock`select pg_advisory_unlock(hashtext('breathing-room:migrate'))`;
    lock.release();
  }
  return {
    db,
    runPrepared: async (text, params) => [...(await client.unsafe(text, params as never[], { prepare: true }))],
    kind: "postgres",
    isReachable: () => ping(db),
    close: () => client.end({ timeout: 5 }),
  };
}

async function ping(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
