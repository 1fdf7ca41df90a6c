import { openDatabase } from "../../db/client";
import { startAppServer } from "../app-server";
import { configOrExit } from "../run";
import { createLogger } from "../logging/logger";
import { adjustableClock, systemClock } from "../time/clock";
import { profileWindowsOnSignal } from "./cpu-profile-window";

/**
 * The server shell without Next, as its own process: for tests that need several
 * processes on one database, or to kill one mid-flight, and for benchmarks. Prints
 * `READY <port>` once it serves.
 */
const config = configOrExit({ ...process.env, NODE_ENV: "test" });
const log = createLogger(config.logLevel);
process.on("unhandledRejection", (reason) => log.error({ err: reason }, "unhandled rejection"));
const database = await openDatabase(
  config.database.kind === "postgres"
      ? { kind: "postgres", url: config.database.url, maxConnections: config.database.poolSize } : { kind: "pglite", dataDir: config.database.dataDir },
);
const clock = config.testClock ? adjustableClock(config.testClock.offsetMs) : systemClock();
const server = await startAppServer({ config, database, log, clock });
process.stdout.write(`READY ${server.port}\n`);

const stop = async () => {
  await server.close();
  await database.close();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());

// Benchmarks may profile one window of the run (SIGUSR2 starts, the next writes it).
if (process.env.BENCH_PROFILE_DIR) profileWindowsOnSignal(process.env.BENCH_PROFILE_DIR);
