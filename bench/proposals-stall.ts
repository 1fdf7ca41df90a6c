import { parseArgs } from "node:util";
import { aNeed, aStatement } from "../core/negotiation/testing/builders";
import { startServerProcess } from "../server/testing/server-process";
import { connectClient, createSpaceThroughApi, type TestClient } from "../server/testing/test-server";
import { benchDatabase, peakRssMb } from "./support/bench-database";
import { percentile, round } from "./support/percentiles";

/**
 * Does computing proposals stall the server for other couples? N spaces reach the
 * proposal phase at the same moment (each needs a proposal set computed), while a probe
 * client in another space sends a cheap command every 10 ms and times its ack. The ack
 * round trip while the sets are computed, against the idle baseline, is the stall.
 */
const { values } = parseArgs({ options: { spaces: { type: "string", default: "40" } } });
const spaces = Number(values.spaces);

const database = await benchDatabase();
const server = await startServerProcess({ ...database.env, PUBLIC_URL: "http://breathing-room.bench", LOG_LEVEL: "error" });

async function couple(): Promise<[TestClient, TestClient]> {
  const space = await createSpaceThroughApi(server.url);
  const a = await connectClient(server.url, { token: space.tokens.partnerA });
  const b = await connectClient(server.url, { token: space.tokens.partnerB });
  await Promise.all([a.waitFor(() => a.latestView()), b.waitFor(() => b.latestView())]);
  return [a, b];
}

const probe = (await couple())[0];
const couples: [TestClient, TestClient][] = [];
for (let i = 0; i < spaces; i++) {
  const [a, b] = await couple();
  await a.send("statement:submit", { statement: aStatement() });
  await b.send("statement:submit", {
    statement: aStatement({ needs: [aNeed({ id: "gym", label: "Gym", kind: "hobby", minHoursPerWeek: 2, idealHoursPerWeek: 5, minBlockMinutes: 60 })] }),
  });
  await a.send("reflection:skip", { wantsToSkip: true });
  couples.push([a, b]);
}

/** Times the probe's acks until `isDone` says stop. */
async function probeUntil(isDone: () => boolean): Promise<number[]> {
  const rtts: number[] = [];
  while (!isDone()) {
    const started = performance.now();
    await probe.send("link:renew", { participantId: "not-a-uuid" });
    rtts.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return rtts;
}

const idleUntil = performance.now() + 1_000;
const idle = await probeUntil(() => performance.now() > idleUntil);

// Every couple's last skip at once: each space now needs a proposal set.
let isComputing = true;
const started = performance.now();
const probing = probeUntil(() => !isComputing);
await Promise.all(couples.map(([, b]) => b.send("reflection:skip", { wantsToSkip: true })));
await Promise.all(couples.map(([a]) => a.waitFor(() => a.latestView()?.proposals?.set, 120_000)));
isComputing = false;
const computeSeconds = (performance.now() - started) / 1000;
const during = await probing;
const rssMb = peakRssMb(server.pid);
for (const client of [probe, ...couples.flat()]) client.close();
await server.stop();
await database.drop();

const stallMs = percentile(during, 100) - percentile(idle, 50);
console.log(`${spaces} proposal sets computed in ${round(computeSeconds)} s (${round((computeSeconds * 1000) / spaces)} ms each, one worker thread)`);
console.log(`probe ack round trip: idle p50 ${round(percentile(idle, 50))} ms; while computing p50 ${round(percentile(during, 50))} ms, p99 ${round(percentile(during, 99))} ms, max ${round(percentile(during, 100))} ms (${during.length} probes)`);
console.log(
  `RESULT ${JSON.stringify({
    spaces,
    compute_s: round(computeSeconds),
    probe_idle_p50_ms: round(percentile(idle, 50)),
    probe_p99_ms: round(percentile(during, 99)),
    probe_max_ms: round(percentile(during, 100)),
    stall_max_ms: round(Math.max(0, stallMs)),
    rss_mb: round(rssMb),
  })}`,
);
process.exit(0);
