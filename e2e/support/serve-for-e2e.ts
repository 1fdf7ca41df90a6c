import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

/**
 * The app as `npm start` serves it (production build, one port, plus the test clock), on a database of
 * its own: a fresh PostgreSQL database when DATABASE_URL is set, else a fresh PGlite folder.
 * Both are removed when Playwright stops the server.
 */
const port = process.env.E2E_PORT ?? "3917";
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: port,
  PUBLIC_URL: `http://localhost:${port}`,
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn",
  // Every couple of the browser tests is made from this one machine's address.
  SPACES_PER_ADDRESS_PER_HOUR: "100000",
};

let cleanup = async () => {};
if (process.env.DATABASE_URL) {
  const name = `br_e2e_${randomBytes(6).toString("hex")}`;
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  };
} else {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "br-e2e-"));
  env.DATA_DIR = dataDir;
  cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
}

const server = spawn(process.execPath, ["--import", "tsx", "server/testing/start-for-e2e.ts"], { env, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  void cleanup().finally(() => process.exit(code ?? 0));
});
