import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

/**
 * A throwaway PostgreSQL cluster of our own, for tests that stop and start the database:
 * made with initdb in a temp folder, run as the `postgres` user on a free port, and stopped
 * by its own process id, never the machine's shared server.
 */
export type PrivatePostgres = { url: string; port: number; stop: () => Promise<void>; start: () => Promise<void>; remove: () => Promise<void> };

function binDir(): string {
  const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error("PostgreSQL's server binaries are not installed (/usr/lib/postgresql)");
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Runs a command as the postgres user (initdb and the server refuse to run as root). */
function asPostgres(command: string, args: string[]): string[] {
  return process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--", command, ...args] : [command, ...args];
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = binDir();
  const root = mkdtempSync(path.join(os.tmpdir(), "br-private-pg-"));
  chmodSync(root, 0o777);
  const dataDir = path.join(root, "data");
  if (process.getuid?.() === 0) spawnSync("chown", ["postgres", root]);
  const [initCommand, ...initArgs] = asPostgres(`${bin}/initdb`, ["-D", dataDir, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const init = spawnSync(initCommand!, initArgs, { encoding: "utf8" });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;

  const start = async () => {
    const [command, ...args] = asPostgres(`${bin}/postgres`, ["-D", dataDir, "-p", String(port), "-k", root, "-h", "127.0.0.1", "-c", "fsync=off"]);
    const child = spawn(command!, args, { stdio: "ignore", detached: false });
    child.unref();
    await waitUntilReady(url);
  };
  const postmasterPid = () => Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const stop = async () => {
    const pid = postmasterPid();
    // SIGINT: PostgreSQL's fast shutdown, open connections are closed at once.
    process.kill(pid, "SIGINT");
    while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  await start();
  return {
    url,
    port,
    start,
    stop,
    remove: async () => {
      try {
        await stop();
      } catch {
        // Already stopped.
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilReady(url: string): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    const client = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
    try {
      await client`select 1`;
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end({ timeout: 1 }).catch(() => {});
    }
  }
  throw new Error("the private PostgreSQL did not start");
}
