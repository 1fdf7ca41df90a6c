import { fileURLToPath } from "node:url";
import { openDatabase } from "../db/client";
import { startAppServer } from "./app-server";
import { ConfigError, loadConfig, type Config } from "./config/config";
import { createLogger } from "./logging/logger";
import { mountNext } from "./next-mount";
import { adjustableClock, systemClock } from "./time/clock";

export const ROOT_DIR = fileURLToPath(new URL("..", import.meta.url));

/** Parses the environment or stops the process with one line that names the variable. */
export function configOrExit(env: NodeJS.ProcessEnv): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Opens the database, mounts Next, serves, and shuts down cleanly on SIGTERM/SIGINT. */
export async function run(config: Config, options: { dev: boolean }): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const log = createLogger(config.logLevel);
  // A stray rejection is a bug to fix, not a reason to drop every couple's connection.
  process.on("unhandledRejection", (reason) => log.error({ err: reason }, "unhandled rejection"));
  const database = await openDatabase(
    config.database.kind === "postgres"
      ? {
          kind: "postgres",
          url: config.database.url,
          maxConnections: config.database.poolSize,
          // A statement may run on past a command's deadline, but not for long.
          timeouts: { connectSeconds: Math.ceil(config.commandDeadlineMs / 1000), statementMs: config.commandDeadlineMs * 2 },
        }
      : { kind: "pglite", dataDir: config.database.dataDir },
  );
  log.info({ event: "database ready", kind: database.kind }, "database ready");
  const next = await mountNext({ dev: options.dev, dir: ROOT_DIR, hostname: "localhost", port: config.port, publicUrl: config.publicUrl });
  const clock = config.testClock ? adjustableClock(config.testClock.offsetMs) : systemClock();
  const server = await startAppServer({ config, database, log, next, clock, startProposalWorkerNow: true });
  process.stdout.write(`Breathing Room is ready at ${config.publicUrl}\n`);

  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    log.info({ event: "stopping", signal }, "stopping");
    const forceExit = setTimeout(() => process.exit(1), 10_000);
    forceExit.unref();
    await server.close();
    await next.close().catch(() => {});
    await database.close();
    log.info({ event: "stopped" }, "stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}
