import { createServer } from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import type { TSpaceSummary } from "../core/workspace/space-summary";
import { startServerProcess } from "../server/testing/server-process";
import { connectClient, newCommandId, type TestClient } from "../server/testing/test-server";
import { connectWorkspace, createWorkspaceThroughApi } from "../server/testing/workspace-clients";
import { benchDatabase, peakRssMb } from "./support/bench-database";
import { percentile, round } from "./support/percentiles";

/**
 * One counsellor with N couples whose partners keep sending commands (each partner saves a
 * draft once a second: 2 commands per couple per second). Measures how long a change in a
 * couple's space takes to reach the counsellor's workspace (from the command's send to the
 * summary frame that carries its seq) and how many frames the workspace receives per change.
 * The floor, measured at the same time on the same machine: a bare socket.io relay (one
 * client emits, the server forwards to another), at the same rate. On a shared two-core
 * machine the absolute figures swing with everyone else's load; the ratio is the claim.
 */
const { values } = parseArgs({ options: { couples: { type: "string", default: "50" }, seconds: { type: "string", default: "20" } } });
const couples = Number(values.couples);
const seconds = Number(values.seconds);
const perPartnerMs = 1000;

const database = await benchDatabase();
const server = await startServerProcess({ ...database.env, PUBLIC_URL: "http://breathing-room.bench", LOG_LEVEL: "error" });
console.log(`server pid ${server.pid} on ${database.label}; ${couples} couples, ${couples * 2} partners, ${seconds} s`);

const created = await createWorkspaceThroughApi(server.url);
const workspace = await connectWorkspace(server.url, { token: created.token });
const spaces = [];
for (let i = 0; i < couples; i++) spaces.push(await workspace.createCouple(`A${i}`, `B${i}`));
const partners: { client: TestClient; spaceId: string }[] = [];
for (const space of spaces) {
  for (const token of [space.tokens.partnerA, space.tokens.partnerB]) {
    const client = await connectClient(server.url, { token }, { recordFrames: false });
    partners.push({ client, spaceId: space.spaceId });
  }
}
await Promise.all(partners.map((p) => p.client.waitFor(() => p.client.latestView())));
// Let the arrivals' summaries and presence settle before measuring.
await new Promise((resolve) => setTimeout(resolve, 1000));

// Each summary frame's seq and arrival, by space: a change has reached the workspace when a
// summary at or past its seq has arrived (which may happen before the partner's own ack does).
const arrivals = new Map<string, { seq: number; at: number }[]>();
const waiting = new Map<string, { seq: number; started: number }[]>();
const latencies: number[] = [];
const ackLatencies: number[] = [];
let framesInWindow = 0;
let isMeasuring = false;
workspace.socket.on("summary", (summary: TSpaceSummary) => {
  if (!isMeasuring) return;
  framesInWindow += 1;
  const at = performance.now();
  arrivals.set(summary.spaceId, [...(arrivals.get(summary.spaceId) ?? []), { seq: summary.seq, at }]);
  const pending = waiting.get(summary.spaceId) ?? [];
  const reached = pending.filter((p) => p.seq <= summary.seq);
  for (const p of reached) latencies.push(at - p.started);
  waiting.set(summary.spaceId, pending.filter((p) => p.seq > summary.seq));
});

function changeApplied(spaceId: string, seq: number, started: number): void {
  const arrived = arrivals.get(spaceId)?.find((a) => a.seq >= seq);
  if (arrived) latencies.push(arrived.at - started);
  else waiting.set(spaceId, [...(waiting.get(spaceId) ?? []), { seq, started }]);
}

// The floor runs at the same time, on the same machine: a bare socket.io relay carrying as
// many messages a second as the partners send commands.
const relay = await startRelay(couples * 2);
let changes = 0;
let refused = 0;
isMeasuring = true;
const until = performance.now() + seconds * 1000;
const relayRun = relay.run(seconds);
await Promise.all(
  partners.map(async ({ client, spaceId }, i) => {
    await new Promise((resolve) => setTimeout(resolve, (i * perPartnerMs) / partners.length));
    let n = 0;
    while (performance.now() < until) {
      const started = performance.now();
      const ack = await client.send("statement:saveDraft", { draft: { appreciation: `draft ${n++}` } }, newCommandId());
      if (ack.ok && !ack.duplicate) {
        changes += 1;
        ackLatencies.push(performance.now() - started);
        changeApplied(spaceId, ack.seq, started);
      } else refused += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, perPartnerMs - (performance.now() - started))));
    }
  }),
);
const relayResult = await relayRun;
await new Promise((resolve) => setTimeout(resolve, 1000));
isMeasuring = false;
const lost = [...waiting.values()].reduce((total, list) => total + list.length, 0);

const p50 = percentile(latencies, 50);
const p99 = percentile(latencies, 99);
const result = {
  couples,
  commands_per_couple_per_s: 2,
  changes,
  refused,
  summaries_missing: lost,
  p50_ms: round(p50),
  p99_ms: round(p99),
  max_ms: round(Math.max(...latencies)),
  frames_per_change: round(framesInWindow / Math.max(1, changes), 3),
  sender_ack_p99_ms: round(percentile(ackLatencies, 99)),
  relay_p50_ms: round(relayResult.p50),
  relay_p99_ms: round(relayResult.p99),
  p99_over_relay_p99: round(p99 / relayResult.p99, 2),
  load_average_1m: round(os.loadavg()[0]!, 2),
  server_peak_rss_mb: round(peakRssMb(server.pid)),
  database: database.label,
  target: { p99_ms_under: 200, frames_per_change_at_most: 1 },
  meets_target: p99 < 200 && framesInWindow / Math.max(1, changes) <= 1 && lost === 0,
};
console.log(`changes ${changes} (refused ${refused}), workspace frames ${framesInWindow}, summaries never seen ${lost}`);
console.log(`the sender's own ack: p50 ${round(percentile(ackLatencies, 50))} ms, p99 ${result.sender_ack_p99_ms} ms (the command path every change takes first)`);
console.log(`change → workspace: p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms; bare relay at the same time p50 ${result.relay_p50_ms} ms, p99 ${result.relay_p99_ms} ms; machine load ${result.load_average_1m} on ${os.cpus().length} cores`);
for (const p of partners) p.client.close();
workspace.close();
await server.stop();
await database.drop();
console.log(`RESULT ${JSON.stringify(result)}`);
process.exit(0);

/** A socket.io server that forwards each message from one client to another: the transport's own cost. */
async function startRelay(senders: number): Promise<{ run: (durationS: number) => Promise<{ p50: number; p99: number }> }> {
  const http = createServer();
  const io = new Server(http);
  io.on("connection", (socket) => socket.on("ping-relay", (at: number) => io.to("watcher").emit("relayed", at)));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", () => resolve()));
  const url = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
  const watcher: Socket = connect(url, { transports: ["websocket"], forceNew: true });
  await new Promise<void>((resolve) => watcher.once("connect", () => resolve()));
  io.in(watcher.id!).socketsJoin("watcher");
  const samples: number[] = [];
  watcher.on("relayed", (at: number) => samples.push(performance.now() - at));
  const clients: Socket[] = [];
  for (let i = 0; i < senders; i++) {
    const client = connect(url, { transports: ["websocket"], forceNew: true });
    await new Promise<void>((resolve) => client.once("connect", () => resolve()));
    clients.push(client);
  }
  return {
    run: async (durationS) => {
      const end = performance.now() + durationS * 1000;
      await Promise.all(
        clients.map(async (client, i) => {
          await new Promise((resolve) => setTimeout(resolve, (i * perPartnerMs) / clients.length));
          while (performance.now() < end) {
            client.emit("ping-relay", performance.now());
            await new Promise((resolve) => setTimeout(resolve, perPartnerMs));
          }
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const client of clients) client.close();
      watcher.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
    },
  };
}
