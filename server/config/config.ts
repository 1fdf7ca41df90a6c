import path from "node:path";
import { z } from "zod";

const PORT_MESSAGE = "must be a whole port number from 0 to 65535";
const ZPort = z.coerce
  .number({ error: PORT_MESSAGE })
  .int({ error: PORT_MESSAGE })
  .min(0, { error: PORT_MESSAGE })
  .max(65535, { error: PORT_MESSAGE });

/** A whole number within bounds, with one message for every way it can be wrong. */
function ZWholeNumber(min: number, max: number, what: string) {
  const error = `must be ${what} from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/**
 * Every environment variable the server reads, parsed once at start. A bad value
 * stops the process with one line naming the variable (see `explainConfigError`).
 */
const ZEnvironment = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: ZPort.default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" })
    .optional(),
  DATABASE_POOL_SIZE: ZWholeNumber(1, 100, "a whole number").default(20),
  DATA_DIR: z.string().min(1).default("./data"),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  COMMAND_DEADLINE_MS: z.coerce
    .number({ error: "must be a whole number of milliseconds from 500 to 60000" })
    .int({ error: "must be a whole number of milliseconds from 500 to 60000" })
    .min(500, { error: "must be a whole number of milliseconds from 500 to 60000" })
    .max(60_000, { error: "must be a whole number of milliseconds from 500 to 60000" })
    .default(5_000),
  SPACES_PER_ADDRESS_PER_HOUR: z.coerce
    .number({ error: "must be a whole number of 1 or more" })
    .int({ error: "must be a whole number of 1 or more" })
    .min(1, { error: "must be a whole number of 1 or more" })
    .default(30),
  // "1" only behind a balancer that adds the client's address to X-Forwarded-For (and that
  // alone can reach the server): per-address limits then count the client, not the balancer.
  TRUST_PROXY: z.enum(["0", "1"], { error: "must be 0 or 1" }).default("0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // BUD1: how long the proposal worker may take for one proposal set.
  PROPOSAL_BUDGET_MS: ZWholeNumber(200, 60_000, "a whole number of milliseconds").default(2000),
  // Tests only: an adjustable clock (and its start offset). `npm start` refuses it.
  TEST_CLOCK: z.enum(["0", "1"], { error: "must be 0 or 1" }).default("0"),
  TEST_CLOCK_OFFSET_MS: z.coerce.number({ error: "must be a number of milliseconds" }).int().default(0),
});

export type Config = {
  isDev: boolean;
  port: number;
  host: string;
  publicUrl: string;
  /** The origin browsers must come from (scheme://host:port of PUBLIC_URL). */
  publicOrigin: string;
  database: { kind: "postgres"; url: string; poolSize: number } | { kind: "pglite"; dataDir: string };
  redisUrl: string | null;
  /** Every command is answered within this time; the database's timeouts follow from it. */
  commandDeadlineMs: number;
  /** New spaces one client address may create per hour (POST /api/spaces). */
  spacesPerAddressPerHour: number;
  /** Take the client's address from the last X-Forwarded-For entry (the balancer's), not the socket. */
  trustProxy: boolean;
  logLevel: z.infer<typeof ZEnvironment>["LOG_LEVEL"];
  testClock: { offsetMs: number } | null;
  /** Milliseconds a proposal set may take (BUD1). */
  proposalBudgetMs: number;
};

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = ZEnvironment.safeParse(blankAsUnset);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "environment");
    throw new ConfigError(`Configuration error: ${variable}=${JSON.stringify(env[variable] ?? "")} ${issue.message}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "");
  return {
    isDev: e.NODE_ENV === "development",
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    publicOrigin: new URL(publicUrl).origin,
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: "pglite", dataDir: path.resolve(e.DATA_DIR) },
    redisUrl: e.REDIS_URL ?? null,
    spacesPerAddressPerHour: e.SPACES_PER_ADDRESS_PER_HOUR,
    trustProxy: e.TRUST_PROXY === "1",
    commandDeadlineMs: e.COMMAND_DEADLINE_MS,
    logLevel: e.LOG_LEVEL,
    testClock: e.TEST_CLOCK === "1" ? { offsetMs: e.TEST_CLOCK_OFFSET_MS } : null,
    proposalBudgetMs: e.PROPOSAL_BUDGET_MS,
  };
}
