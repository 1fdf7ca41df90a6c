import { parseArgs } from "node:util";
import { aStatement } from "../core/negotiation/testing/builders";
import type { TSpaceView } from "../core/negotiation/view";
import { startServerProcess } from "../server/testing/server-process";
import { connectClient, createSpaceThroughApi, type TestClient } from "../server/testing/test-server";
import os from "node:os";
import { benchDatabase, cpuSeconds, peakRssMb } from "./support/bench-database";
import { percentile, round } from "./support/percentiles";

/**
 * The simultaneous reveal under load: N spaces, two partners each, every partner
 * submitting at a random moment within one second. Measures, per space, the time from
 * the second submit to the moment both partners hold the reveal, the skew between them,
 * any partner content seen before the reveal, and the server's peak RSS.
 */
const { values } = parseArgs({ options: { sessions: { type: "string", default: "500" } } });
const sessions = Number(values.sessions);
if (!Number.isInteger(sessions) || sessions < 1) throw new Error("--sessions must be a positive whole number");

type Partner = { client: TestClient; marker: string; submittedAt: number; revealedAt: number; framesBeforeReveal: string[] };

const database = await benchDatabase();
const server = await startServerProcess({ ...database.env, PUBLIC_URL: "http://breathing-room.bench", LOG_LEVEL: process.env.BENCH_SERVER_LOG ? "info" : "error" });
console.log(`server pid ${server.pid} on ${database.label}; ${sessions} spaces, ${sessions * 2} partner clients`);

async function inBatches<T>(count: number, batch: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += batch) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(batch, count - start) }, (_, k) => make(start + k)))));
  }
  return results;
}

const setupStarted = performance.now();
const couples = await inBatches(sessions, 50, async (i) => {
  const space = await createSpaceThroughApi(server.url);
  const connect = async (token: string, tag: string): Promise<Partner> => {
    // This benchmark keeps its own record of frames before the reveal (below).
    const client = await connectClient(server.url, { token }, { recordFrames: false });
    await client.waitFor(() => client.latestView(), 30_000);
    const partner: Partner = { client, marker: `MARK-${tag}-${i}-${Math.random().toString(36).slice(2)}`, submittedAt: 0, revealedAt: 0, framesBeforeReveal: [] };
    client.socket.onAny((_event, ...args) => {
      if (partner.revealedAt) return;
      partner.framesBeforeReveal.push(JSON.stringify(args));
      const view = args[0] as TSpaceView | undefined;
      if (view && typeof view === "object" && "revealed" in view && view.revealed) partner.revealedAt = performance.now();
    });
    return partner;
  };
  return [await connect(space.tokens.partnerA, "A"), await connect(space.tokens.partnerB, "B")] as const;
});
console.log(`setup: ${couples.length} spaces connected in ${round((performance.now() - setupStarted) / 1000)} s`);

const runStarted = performance.now();
const serverCpuBefore = cpuSeconds(server.pid);
if (process.env.BENCH_PROFILE_DIR) process.kill(server.pid, "SIGUSR2");
const clientCpuBefore = process.cpuUsage();
await Promise.all(
  couples.flatMap((couple) =>
    couple.map(
      (partner) =>
        new Promise<void>((resolve, reject) => {
          setTimeout(() => {
            partner.submittedAt = performance.now();
            partner.client
              .send("statement:submit", { statement: aStatement({ appreciation: partner.marker }) })
              .then((ack) => (ack.ok ? resolve() : reject(new Error(ack.error.message))), reject);
          }, Math.random() * 1000);
        }),
    ),
  ),
);
await Promise.all(couples.flatMap((c) => c.map((p) => p.client.waitFor(() => p.revealedAt > 0, 30_000))));
const runSeconds = (performance.now() - runStarted) / 1000;
const serverCpu = cpuSeconds(server.pid) - serverCpuBefore;
if (process.env.BENCH_PROFILE_DIR) process.kill(server.pid, "SIGUSR2");
const clientUsage = process.cpuUsage(clientCpuBefore);
const clientCpu = (clientUsage.user + clientUsage.system) / 1e6;

const latencies: number[] = [];
const skews: number[] = [];
let leaks = 0;
let reveals = 0;
for (const [a, b] of couples) {
  const secondSubmit = Math.max(a.submittedAt, b.submittedAt);
  latencies.push(Math.max(a.revealedAt, b.revealedAt) - secondSubmit);
  skews.push(Math.abs(a.revealedAt - b.revealedAt));
  if (a.revealedAt && b.revealedAt) reveals++;
  // Everything a partner received before their reveal view must be free of the other's words.
  const frameHas = (p: Partner, marker: string) => p.framesBeforeReveal.slice(0, -1).some((f) => f.includes(marker));
  if (frameHas(a, b.marker) || frameHas(b, a.marker)) leaks++;
}
const rssMb = peakRssMb(server.pid);
for (const couple of couples) for (const p of couple) p.client.close();
await server.stop();
await database.drop();

console.log(`run: ${round(runSeconds)} s; reveal latency p50 ${round(percentile(latencies, 50))} ms, p99 ${round(percentile(latencies, 99))} ms, max ${round(percentile(latencies, 100))} ms`);
console.log(
  `CPU during the run: server ${round(serverCpu, 2)} s (${round((serverCpu * 1e6) / (sessions * 2))} µs per submit), benchmark clients ${round(clientCpu, 2)} s, on ${os.cpus().length} cores`,
);
console.log(`skew between partners p50 ${round(percentile(skews, 50))} ms, p99 ${round(percentile(skews, 99))} ms; server peak RSS ${round(rssMb)} MiB`);
console.log(
  `RESULT ${JSON.stringify({
    sessions,
    reveals,
    leaks,
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    skew_p99_ms: round(percentile(skews, 99)),
    rss_mb: round(rssMb),
  })}`,
);
process.exit(0);
