import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { readHaproxyTemplate, renderHaproxyConfig, startHaproxy, STICKY_COOKIE, type Balancer } from "../../server/cluster/haproxy";
import { freePort, startPrivatePostgres, type PrivatePostgres } from "../../server/faults/private-postgres";
import { startPrivateRedis, type PrivateRedis } from "../../server/faults/private-redis";
import type { BrowserContext } from "@playwright/test";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

export type BalancedCluster = {
  /** The balancer's address, the only one the browsers use. */
  url: string;
  /** Production server processes (as `npm start` runs them) by the balancer's name for them. */
  servers: Map<string, ChildProcess>;
  stop: () => Promise<void>;
};

/**
 * N production servers (pages and socket.io, the build the other browser tests use) on a
 * PostgreSQL and a Redis of their own, behind a real HAProxy with deploy/haproxy.cfg.
 */
export async function startBalancedCluster(count: number): Promise<BalancedCluster> {
  let postgres: PrivatePostgres | null = null;
  let redis: PrivateRedis | null = null;
  let balancer: Balancer | null = null;
  const servers = new Map<string, ChildProcess>();
  const stop = async () => {
    await balancer?.stop();
    await Promise.all([...servers.values()].map((child) => stopChild(child)));
    await redis?.kill();
    await postgres?.remove();
  };
  try {
    [postgres, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
    const env = {
      ...process.env,
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      PUBLIC_URL: url,
      HOST: "127.0.0.1",
      TRUST_PROXY: "1",
      LOG_LEVEL: "warn",
      SPACES_PER_ADDRESS_PER_HOUR: "100000",
    };
    const start = async (index: number) => {
      const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server/start.ts")], {
        cwd: ROOT,
        env: { ...env, PORT: String(ports[index]) },
        stdio: ["ignore", "ignore", "inherit"],
      });
      servers.set(`app${index + 1}`, child);
      await untilReady(child, ports[index]!);
    };
    // Side by side: one migrates the database while the others wait for its lock.
    await Promise.all(Array.from({ length: count }, (_, i) => start(i)));
    const backends = ports.map((backendPort, i) => ({ name: `app${i + 1}`, host: "127.0.0.1", port: backendPort }));
    balancer = await startHaproxy(renderHaproxyConfig(readHaproxyTemplate(), { bind: { host: "127.0.0.1", port }, backends }), { port });
    return { url, servers, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The process the balancer keeps this browser on (its sticky cookie). */
export async function stickyServerOf(context: BrowserContext): Promise<string | undefined> {
  return (await context.cookies()).find((cookie) => cookie.name === STICKY_COOKIE)?.value;
}

async function untilReady(child: ChildProcess, port: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`a server process exited (${child.exitCode ?? child.signalCode})`);
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server on port ${port} was not ready within 120 s`);
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}
