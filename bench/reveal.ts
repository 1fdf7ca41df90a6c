import { parseArgs } from "node:util";
import { aStatement } from "../core/negotiation/testing/builders";
import type { TSpaceView } from "../core/negotiation/view";
import { startCpuProfile } from "../server/testing/cpu-profile-window";
import { startServerProcess } from "../server/testing/server-process";
import { createSpaceThroughApi, newCommandId } from "../server/testing/test-server";
import os from "node:os";
import { benchDatabase, cpuSeconds, localPostgresCpuSeconds, machineCpuSeconds, mainThreadCpuSeconds, peakRssMb, threadCpuSeconds } from "./support/bench-database";
import { percentile, round } from "./support/percentiles";
import { startRelayProcess } from "./support/relay-process";
import { connectWireClient, type WireClient } from "./support/wire-client";

/**
 * The simultaneous reveal under load: N spaces, two partners each, every partner
 * submitting at a random moment within one second. Measures, per space, the time from
 * the second submit to the moment both partners hold the reveal, the skew between them,
 * any partner content seen before the reveal, and the server's peak RSS. The clients speak
 * socket.io's wire protocol directly (support/wire-client.ts), so that thousands of them
 * beside the server take as little of its CPU as they can.
 *
 * Its floor, in the same run: the same clients, the same number of submits and frames, against
 * a bare socket.io server on this machine that only relays (support/relay-server.ts: no
 * database, no domain). On a shared machine the absolute figures move with the neighbours;
 * `p99_ratio` = p99 / floor p99 is what compares from one run to the next.
 *
 * To see where the time goes: BENCH_PROFILE_DIR=<dir> writes CPU profiles of the run (server
 * and clients); BENCH_SERVER_LOG=<file> keeps the server's output (log lines at info, or at
 * BENCH_SERVER_LOG_LEVEL); BENCH_SERVER_NODE_ARGS passes flags to the server's Node, such
 * as "--trace-gc" or "--trace-deopt".
 */
const { values } = parseArgs({ options: { sessions: { type: "string", default: "500" }, warmup: { type: "string", default: "200" } } });
const sessions = Number(values.sessions);
const warmupSessions = Number(values.warmup);
if (!Number.isInteger(sessions) || sessions < 1) throw new Error("--sessions must be a positive whole number");
if (!Number.isInteger(warmupSessions) || warmupSessions < 0) throw new Error("--warmup must be a whole number");

type Partner = {
  client: WireClient;
  marker: string;
  /** The submit command's argument, written out before the run. */
  submitBody: string;
  submittedAt: number;
  revealedAt: number;
  /** The frame that carried the reveal, checked for both statements after the run. */
  revealFrame: string;
  /** Whether any frame before the reveal held the partner's marker (a leak). */
  sawPartnerWordsEarly: boolean;
  revealed: Promise<void>;
};

/** Only a revealed view holds an object here (before, `"revealed":null`); a quote inside words is escaped. */
const REVEALED = '"revealed":{';

const database = await benchDatabase();
const server = await startServerProcess({
  ...database.env,
  PUBLIC_URL: "http://breathing-room.bench",
  LOG_LEVEL: process.env.BENCH_SERVER_LOG_LEVEL ?? (process.env.BENCH_SERVER_LOG ? "info" : "error"),
});
console.log(`server pid ${server.pid} on ${database.label}; ${sessions} spaces, ${sessions * 2} partner clients`);

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function inBatches<T>(count: number, batch: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += batch) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(batch, count - start) }, (_, k) => make(start + k)))));
  }
  return results;
}

/** A partner client that notes the moment the reveal arrives and searches every frame before it. */
async function connectPartner(url: string, token: string, marker: string, partnerMarker: string): Promise<Partner> {
  let onRevealed = () => {};
  let onFirstView = () => {};
  const revealed = new Promise<void>((resolve) => (onRevealed = resolve));
  const firstView = new Promise<void>((resolve) => (onFirstView = resolve));
  const statement = aStatement({ appreciation: marker });
  const partner: Partner = {
    client: undefined as unknown as WireClient, // set once connected, below
    marker,
    submitBody: JSON.stringify({ id: newCommandId(), type: "statement:submit", payload: { statement } }),
    submittedAt: 0,
    revealedAt: 0,
    revealFrame: "",
    sawPartnerWordsEarly: false,
    revealed,
  };
  // The clock is read the moment the reveal arrives (in a view, or in the ack of the second
  // submit). Every frame before it is searched for the partner's marker as it arrives and
  // then let go: kept until the end, thousands of frames would only give this process's
  // collector work while it measures.
  partner.client = await connectWireClient(url, { token }, (text) => {
    onFirstView();
    if (partner.revealedAt) return;
    if (text.includes(REVEALED)) {
      partner.revealedAt = performance.now();
      partner.revealFrame = text;
      onRevealed();
    } else if (text.includes(partnerMarker)) {
      partner.sawPartnerWordsEarly = true;
    }
  });
  await withTimeout(firstView, 30_000, "no first view within 30 s");
  return partner;
}

/** Where the partners connect: the app's server (spaces made through its API) or the bare relay (made-up pairs). */
type Target = { url: string; newPair: (i: number, tag: string) => Promise<{ tokenA: string; tokenB: string }> };

async function connectCouples(target: Target, count: number, tag: string) {
  const marker = (who: string, i: number) => `MARK-${tag}${who}-${i}-${Math.random().toString(36).slice(2)}`;
  return inBatches(count, 50, async (i) => {
    const { tokenA, tokenB } = await target.newPair(i, tag);
    const [markerA, markerB] = [marker("A", i), marker("B", i)];
    return [await connectPartner(target.url, tokenA, markerA, markerB), await connectPartner(target.url, tokenB, markerB, markerA)] as const;
  });
}
type Couple = Awaited<ReturnType<typeof connectCouples>>[number];

/** Every partner submits at a random moment within one second; resolves when all have seen the reveal. */
async function submitWithinOneSecond(couples: Couple[]): Promise<void> {
  const submit = (partner: Partner) =>
    new Promise<void>((resolve, reject) => {
      setTimeout(() => {
        partner.submittedAt = performance.now();
        partner.client
          .emitWithAck("command", partner.submitBody)
          .then((ack) => (ack.startsWith('[{"ok":true') ? resolve() : reject(new Error(`submit refused: ${ack.slice(0, 300)}`))));
      }, Math.random() * 1000);
    });
  await Promise.all(couples.flatMap((couple) => couple.map(submit)));
  await withTimeout(Promise.all(couples.flatMap((c) => c.map((p) => p.revealed))), 30_000, "not every partner saw the reveal within 30 s");
}

// A server that has run a while has compiled its hot paths for everything people do,
// leaving included. Warm-up spaces go through the same reveal first, unmeasured, and their
// partners leave. Traced with --trace-deopt, the first departures in a process's life change
// the shapes that optimized code was built for, and that code is thrown away; objects made
// before then carry outdated shapes. So there are two rounds (--warmup spaces each), and
// the measured spaces are made after them. The floor gets the same warm-up.
async function warmUpAndConnect(target: Target, label: string): Promise<Couple[]> {
  const warmupStarted = performance.now();
  for (const tag of ["warmup-1-", "warmup-2-"]) {
    const warmup = await connectCouples(target, warmupSessions, tag);
    await submitWithinOneSecond(warmup);
    for (const couple of warmup) for (const p of couple) p.client.close();
  }
  const setupStarted = performance.now();
  const couples = await connectCouples(target, sessions, "");
  console.log(
    `${label} setup: warmed up in ${round((setupStarted - warmupStarted) / 1000)} s, ${couples.length} couples connected in ${round((performance.now() - setupStarted) / 1000)} s`,
  );
  // The setup's HTTP connections are closed after five idle seconds: that happens before the
  // run, not in it, and the collector settles meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 6000));
  return couples;
}

/** Per space: second submit → both hold the reveal; the skew between partners; leaks; real reveals. */
function figuresOf(couples: Couple[]) {
  const latencies: number[] = [];
  const skews: number[] = [];
  let leaks = 0;
  let reveals = 0;
  for (const [a, b] of couples) {
    const secondSubmit = Math.max(a.submittedAt, b.submittedAt);
    latencies.push(Math.max(a.revealedAt, b.revealedAt) - secondSubmit);
    skews.push(Math.abs(a.revealedAt - b.revealedAt));
    if (holdsBothStatements(a, b) && holdsBothStatements(b, a)) reveals++;
    // Everything a partner received before their reveal must be free of the other's words.
    if (a.sawPartnerWordsEarly || b.sawPartnerWordsEarly) leaks++;
  }
  return { latencies, skews, leaks, reveals };
}

/** The frame that counted as the reveal really is one: a view showing both partners' statements. */
function holdsBothStatements(p: Partner, other: Partner): boolean {
  if (!p.revealedAt) return false;
  const frame = JSON.parse(p.revealFrame) as unknown[];
  const view = (frame[0] === "view" ? frame[1] : (frame[0] as { view?: TSpaceView }).view) as TSpaceView | undefined;
  const words = view?.revealed?.statements.map((s) => s.statement.appreciation) ?? [];
  return words.includes(p.marker) && words.includes(other.marker);
}

const couples = await warmUpAndConnect(
  {
    url: server.url,
    newPair: async () => {
      const space = await createSpaceThroughApi(server.url);
      return { tokenA: space.tokens.partnerA, tokenB: space.tokens.partnerB };
    },
  },
  "app",
);

console.log(`run: ${sessions * 2} partners submit within one second`);
const runStarted = performance.now();
const serverCpuBefore = cpuSeconds(server.pid);
const serverMainCpuBefore = mainThreadCpuSeconds(server.pid);
const serverThreadsBefore = threadCpuSeconds(server.pid);
const machineBefore = machineCpuSeconds();
const databaseCpuBefore = localPostgresCpuSeconds();
const profileDir = process.env.BENCH_PROFILE_DIR;
if (profileDir) process.kill(server.pid, "SIGUSR2");
const clientProfile = profileDir ? await startCpuProfile(profileDir, "clients") : undefined;
const clientCpuBefore = process.cpuUsage();
await submitWithinOneSecond(couples);
const runSeconds = (performance.now() - runStarted) / 1000;
const serverCpu = cpuSeconds(server.pid) - serverCpuBefore;
const serverMainCpu = mainThreadCpuSeconds(server.pid) - serverMainCpuBefore;
const machineAfter = machineCpuSeconds();
// The collector's helpers and the compiler run on threads of their own: on two cores they
// compete with the main thread, the clients and PostgreSQL.
const serverHelperCpu = [...threadCpuSeconds(server.pid)]
  .filter(([tid]) => tid !== server.pid)
  .map(([tid, seconds]) => seconds - (serverThreadsBefore.get(tid) ?? 0))
  .filter((seconds) => seconds > 0)
  .sort((a, b) => b - a);
const databaseCpu = localPostgresCpuSeconds() - databaseCpuBefore;
if (profileDir) process.kill(server.pid, "SIGUSR2");
await clientProfile?.stop();
const clientUsage = process.cpuUsage(clientCpuBefore);
const clientCpu = (clientUsage.user + clientUsage.system) / 1e6;

const { latencies, skews, leaks, reveals } = figuresOf(couples);
const rssMb = peakRssMb(server.pid);
for (const couple of couples) for (const p of couple) p.client.close();
await server.stop();
await database.drop();

// The floor: the same clients, submits and frames against a server that only relays.
const relay = await startRelayProcess();
console.log(`floor: relay pid ${relay.pid}; ${sessions} pairs, ${sessions * 2} clients`);
const floorCouples = await warmUpAndConnect({ url: relay.url, newPair: async (i, tag) => ({ tokenA: `${tag}${i}:A`, tokenB: `${tag}${i}:B` }) }, "floor");
const floorMachineBefore = machineCpuSeconds();
const floorRelayCpuBefore = cpuSeconds(relay.pid);
await submitWithinOneSecond(floorCouples);
const floorRelayCpu = cpuSeconds(relay.pid) - floorRelayCpuBefore;
const floorMachineAfter = machineCpuSeconds();
const floor = figuresOf(floorCouples);
for (const couple of floorCouples) for (const p of couple) p.client.close();
await relay.stop();
if (floor.reveals !== sessions) throw new Error(`the floor revealed ${floor.reveals} of ${sessions} pairs`);
const floorP99 = percentile(floor.latencies, 99);
const p99 = percentile(latencies, 99);

console.log(`run: ${round(runSeconds)} s; reveal latency p50 ${round(percentile(latencies, 50))} ms, p99 ${round(percentile(latencies, 99))} ms, max ${round(percentile(latencies, 100))} ms`);
console.log(
  `CPU during the run: server ${round(serverCpu, 2)} s (${round((serverCpu * 1e6) / (sessions * 2))} µs per submit; its main thread ${round(serverMainCpu, 2)} s, other threads ${serverHelperCpu.map((s) => round(s, 2)).join(" + ") || "0"} s), benchmark clients ${round(clientCpu, 2)} s, local PostgreSQL ${round(databaseCpu, 2)} s, on ${os.cpus().length} cores`,
);
console.log(
  `the machine during the run: busy ${round(machineAfter.busy - machineBefore.busy, 2)} s, idle ${round(machineAfter.idle - machineBefore.idle, 2)} s, taken by the host ${round(machineAfter.steal - machineBefore.steal, 2)} s`,
);
console.log(`skew between partners p50 ${round(percentile(skews, 50))} ms, p99 ${round(percentile(skews, 99))} ms; server peak RSS ${round(rssMb)} MiB`);
console.log(
  `floor (bare relay): reveal latency p50 ${round(percentile(floor.latencies, 50))} ms, p99 ${round(floorP99)} ms, max ${round(percentile(floor.latencies, 100))} ms; skew p99 ${round(percentile(floor.skews, 99))} ms; relay CPU ${round(floorRelayCpu, 2)} s; machine busy ${round(floorMachineAfter.busy - floorMachineBefore.busy, 2)} s, idle ${round(floorMachineAfter.idle - floorMachineBefore.idle, 2)} s`,
);
console.log(`load average ${os.loadavg().map((l) => round(l, 2)).join(" ")} on ${os.cpus().length} cores`);
console.log(
  `RESULT ${JSON.stringify({
    sessions,
    reveals,
    leaks,
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(p99),
    floor_p99_ms: round(floorP99),
    p99_ratio: round(p99 / floorP99, 2),
    skew_p99_ms: round(percentile(skews, 99)),
    rss_mb: round(rssMb),
  })}`,
);
process.exit(0);
