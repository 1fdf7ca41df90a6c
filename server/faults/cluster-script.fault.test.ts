import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startPrivatePostgres, type PrivatePostgres } from "./private-postgres";
import { startPrivateRedis, type PrivateRedis } from "./private-redis";

// `npm run cluster` itself: production processes (the build the browser tests use, made
// here when there is none) behind HAProxy, and everything stopped on SIGTERM.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCRIPT = ["--import", "tsx", "scripts/cluster.ts"];

let postgres: PrivatePostgres | undefined;
let redis: PrivateRedis | undefined;
let cluster: ChildProcess | undefined;

afterAll(async () => {
  if (cluster && cluster.exitCode === null && cluster.signalCode === null) {
    const exited = new Promise((resolve) => cluster!.once("exit", resolve));
    cluster.kill("SIGTERM");
    await exited;
  }
  await redis?.kill();
  await postgres?.remove();
});

function refusal(args: string[], env: Record<string, string>): { status: number | null; message: string } {
  const result = spawnSync(process.execPath, [...SCRIPT, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" });
  return { status: result.status, message: result.stderr };
}

async function statusAndServer(url: string): Promise<{ status: number; server: string | undefined }> {
  const response = await fetch(url, { redirect: "manual" });
  await response.arrayBuffer();
  return { status: response.status, server: /br_server=(\w+)/.exec(response.headers.get("set-cookie") ?? "")?.[1] };
}

describe("npm run cluster", () => {
  it("refuses to start without a shared PostgreSQL or Redis, or with a bad --processes, and says why", () => {
    const withoutDatabase = refusal(["--processes", "3"], { DATABASE_URL: "", REDIS_URL: "redis://127.0.0.1:1" });
    expect(withoutDatabase.status).toBe(1);
    expect(withoutDatabase.message).toMatch(/needs DATABASE_URL .*PGlite .*cannot be shared/);
    const withoutRedis = refusal([], { DATABASE_URL: "postgres://postgres@127.0.0.1:1/x", REDIS_URL: "" });
    expect(withoutRedis.status).toBe(1);
    expect(withoutRedis.message).toMatch(/needs REDIS_URL/);
    const badCount = refusal(["--processes", "0"], { DATABASE_URL: "postgres://postgres@127.0.0.1:1/x", REDIS_URL: "redis://127.0.0.1:1" });
    expect(badCount.status).toBe(1);
    expect(badCount.message).toMatch(/--processes must be a whole number from 1 to 32/);
  });

  it("serves pages through HAProxy from each of its processes, and stops all it started on SIGTERM", async () => {
    [postgres, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
    const [port, firstPort] = await Promise.all([freePort(), freePort()]);
    const url = `http://127.0.0.1:${port}`;
    const started = spawn(process.execPath, [...SCRIPT, "--processes", "2", "--first-port", String(firstPort)], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", PUBLIC_URL: url, DATABASE_URL: postgres.url, REDIS_URL: redis.url, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    cluster = started;
    let output = "";
    started.stdout!.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    const deadline = Date.now() + 500_000;
    while (!/\[cluster\] 2 server processes[^\n]*\n[\s\S]*Breathing Room is ready at/.test(output)) {
      if (started.exitCode !== null) throw new Error(`npm run cluster exited with ${started.exitCode}: ${output}`);
      if (Date.now() > deadline) throw new Error(`npm run cluster did not start: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    // Pages (Next) and the readiness route through the balancer; new visitors go to both processes.
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const first = await statusAndServer(`${url}/`);
    const second = await statusAndServer(`${url}/`);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.server, second.server].sort()).toEqual(["app1", "app2"]);
    // The processes listen on loopback only, each on its own port.
    expect((await fetch(`http://127.0.0.1:${firstPort}/readyz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${firstPort + 1}/readyz`)).status).toBe(200);

    const exited = new Promise<number | null>((resolve) => started.once("exit", (code) => resolve(code)));
    started.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const address of [url, `http://127.0.0.1:${firstPort}`, `http://127.0.0.1:${firstPort + 1}`]) {
      await expect(fetch(`${address}/readyz`)).rejects.toThrow();
    }
  }, 600_000);
});
