import { HaproxyExited, readHaproxyTemplate, renderHaproxyConfig, startHaproxy, STICKY_COOKIE, type Balancer } from "../cluster/haproxy";
import { freePort } from "../faults/private-postgres";
import { startServerProcess, type ServerProcess } from "./server-process";
import type { TestClient } from "./test-server";

export type BalancedServers = {
  /** The balancer's address: the only one clients use. */
  url: string;
  balancer: Balancer;
  /** The server processes by the name the balancer knows them by (app1, app2, …). */
  processes: Map<string, ServerProcess>;
  stop: () => Promise<void>;
};

/**
 * N server processes (the shell without Next) on one PostgreSQL and one Redis, behind a real
 * HAProxy run with the production template (deploy/haproxy.cfg).
 */
export async function startBalancedServers(count: number, env: { DATABASE_URL: string; REDIS_URL: string }): Promise<BalancedServers> {
  // The balancer's port is picked before the processes start (they are told their public
  // address), so something else may take it meanwhile: then all start again on another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnPort(await freePort(), count, env);
    } catch (error) {
      if (!(error instanceof HaproxyExited) || attempt === 3) throw error;
    }
  }
}

async function startOnPort(port: number, count: number, env: { DATABASE_URL: string; REDIS_URL: string }): Promise<BalancedServers> {
  const url = `http://127.0.0.1:${port}`;
  const processes = new Map<string, ServerProcess>();
  try {
    // Side by side: one migrates the database while the others wait for its lock.
    const serverEnv = { ...env, PUBLIC_URL: url, TRUST_PROXY: "1" };
    const started = await Promise.allSettled(Array.from({ length: count }, () => startServerProcess(serverEnv)));
    started.forEach((result, index) => result.status === "fulfilled" && processes.set(`app${index + 1}`, result.value));
    const failed = started.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    const backends = [...processes].map(([name, process]) => ({ name, host: "127.0.0.1", port: Number(new URL(process.url).port) }));
    const balancer = await startHaproxy(renderHaproxyConfig(readHaproxyTemplate(), { bind: { host: "127.0.0.1", port }, backends }), { port });
    return {
      url,
      balancer,
      processes,
      stop: async () => {
        await balancer.stop();
        await Promise.all([...processes.values()].map((process) => process.stop("SIGKILL")));
      },
    };
  } catch (error) {
    await Promise.all([...processes.values()].map((process) => process.stop("SIGKILL")));
    throw error;
  }
}

/** The process the balancer keeps this client on: the sticky cookie the client holds (set by HAProxy). */
export function stickyServerOf(client: TestClient): string | undefined {
  const engine = client.socket.io.engine as unknown as { _cookieJar?: { cookies: Iterable<[string, { value: string }]> } };
  return new Map(engine._cookieJar?.cookies ?? []).get(STICKY_COOKIE)?.value;
}
