import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TAck } from "../../core/protocol/acks";
import { aStatement } from "../../core/negotiation/testing/builders";
import { openDatabase, type Database } from "../../db/client";
import { eventCountsByCommand, loadEvents } from "../../db/event-log";
import { senderCommandId } from "../commands/sender-command-id";
import { startBalancedServers, stickyServerOf, type BalancedServers } from "../testing/balanced-servers";
import { closeAll } from "../testing/space-clients";
import { connectClient, createSpaceThroughApi, newCommandId, type TestClient, type TestSpace } from "../testing/test-server";
import { startPrivatePostgres, type PrivatePostgres } from "./private-postgres";
import { startPrivateRedis, type PrivateRedis } from "./private-redis";

// Three server processes on one PostgreSQL and one Redis of our own, behind a real HAProxy
// with the production configuration (deploy/haproxy.cfg); clients only know the balancer.
let postgres: PrivatePostgres;
let redis: PrivateRedis;
let database: Database;
let cluster: BalancedServers;

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
  database = await openDatabase({ kind: "postgres", url: postgres.url });
  cluster = await startBalancedServers(3, { DATABASE_URL: postgres.url, REDIS_URL: redis.url });
});

afterAll(async () => {
  await cluster?.stop();
  await database?.close().catch(() => {});
  await redis?.kill();
  await postgres?.remove();
});

/** A partner as a browser connects: through the balancer, long-polling first, sticky by cookie. */
async function connectPartner(token: string): Promise<TestClient> {
  const client = await connectClient(cluster.url, { token }, { asBrowser: true });
  await client.waitFor(() => client.latestView());
  return client;
}

/** Both partners of a new space, each on a process of their own (the balancer picks; a retry if it picked the same). */
async function coupleOnTwoProcesses(): Promise<{ space: TestSpace; ana: TestClient; ben: TestClient }> {
  const space = await createSpaceThroughApi(cluster.url);
  const ana = await connectPartner(space.tokens.partnerA);
  for (let tries = 0; tries < 5; tries++) {
    const ben = await connectPartner(space.tokens.partnerB);
    if (stickyServerOf(ben) !== stickyServerOf(ana)) return { space, ana, ben };
    ben.close();
  }
  throw new Error("the balancer put every connection on one process");
}

describe("several server processes behind HAProxy", () => {
  it("puts the two partners on different processes, and the reveal reaches both", async () => {
    const { ana, ben } = await coupleOnTwoProcesses();
    expect(cluster.processes.has(stickyServerOf(ana)!)).toBe(true);
    expect(cluster.processes.has(stickyServerOf(ben)!)).toBe(true);
    expect(stickyServerOf(ana)).not.toBe(stickyServerOf(ben));
    // Upgraded from long-polling to a websocket through the balancer.
    await ana.waitFor(() => ana.socket.io.engine.transport.name === "websocket");

    expect((await ana.send("statement:submit", { statement: aStatement() })).ok).toBe(true);
    const reveal = await ben.send("statement:submit", { statement: aStatement({ appreciation: "Your patience." }) });
    expect(reveal.ok).toBe(true);
    const seq = reveal.ok ? reveal.seq : Infinity;
    for (const partner of [ana, ben]) {
      const seen = await partner.waitFor(() => (partner.latestView()?.seq ?? 0) >= seq && partner.latestView());
      expect(seen.revealed?.statements).toHaveLength(2);
    }
    closeAll(ana, ben);
  });

  it("loses and doubles nothing when a process is SIGKILLed mid-burst: its clients reconnect through the balancer and send again", async () => {
    const { space, ana, ben } = await coupleOnTwoProcesses();
    const killed = stickyServerOf(ana)!;
    const disconnects = new Map<TestClient, number>([[ana, 0], [ben, 0]]);
    for (const client of [ana, ben]) client.socket.on("disconnect", () => disconnects.set(client, disconnects.get(client)! + 1));

    // Each partner sends draft saves, a few in flight at once, each until it is answered:
    // an ack that does not come within 2 s (the process died with it) or a "try again"
    // answer sends the same command, same id, again (INP2, INP3).
    const PER_PARTNER = 30;
    const IN_FLIGHT = 3;
    const commands: { client: TestClient; id: string; stored: boolean; duplicate: boolean; sends: number; waitedMs: number }[] = [];
    const sendUntilAnswered = async (client: TestClient, text: string) => {
      const command = { client, id: newCommandId(), stored: false, duplicate: false, sends: 0, waitedMs: 0 };
      commands.push(command);
      const started = performance.now();
      while (performance.now() - started < 60_000) {
        command.sends += 1;
        let ack: TAck | null = null;
        try {
          ack = (await client.socket.timeout(2_000).emitWithAck("command", { id: command.id, type: "statement:saveDraft", payload: { draft: { appreciation: text } } } as never)) as TAck;
        } catch {
          continue; // No answer in time: the connection is (re)forming; send it again.
        }
        if (ack.ok) {
          if (ack.view) client.views.push(ack.view);
          command.stored = true;
          command.duplicate = ack.duplicate === true;
          break;
        }
        if (!["STORAGE_UNAVAILABLE", "BUSY", "RATE_LIMITED"].includes(ack.error.code)) throw new Error(`refused: ${ack.error.code}`);
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      command.waitedMs = performance.now() - started;
    };
    const typing = async (client: TestClient, who: string) => {
      let next = 0;
      const lane = async () => {
        while (next < PER_PARTNER) await sendUntilAnswered(client, `${who} ${next++}`);
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    };

    const burst = Promise.all([typing(ana, "hers"), typing(ben, "his")]);
    // Mid-burst: once a third of Ana's commands are answered, her process dies.
    await ana.waitFor(() => commands.filter((c) => c.client === ana && c.stored).length >= PER_PARTNER / 3, 30_000);
    await cluster.processes.get(killed)!.stop("SIGKILL");
    await burst;

    // Ana was on the killed process and came back on another one; Ben never lost his connection.
    expect(disconnects.get(ana)).toBeGreaterThanOrEqual(1);
    expect(disconnects.get(ben)).toBe(0);
    expect(ana.socket.connected).toBe(true);
    expect(stickyServerOf(ana)).not.toBe(killed);
    expect(cluster.processes.has(stickyServerOf(ana)!)).toBe(true);

    // 2 s later both hold the space's latest seq.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const latest = (await loadEvents(database.db, space.spaceId)).at(-1)?.seq ?? 0;
    const behind = [ana, ben].filter((client) => (client.latestView()?.seq ?? 0) < latest).length;

    // Every command answered as stored is in the log exactly once.
    const counts = await eventCountsByCommand(database.db, space.spaceId);
    const timesIn = (c: (typeof commands)[number]) => counts.get(senderCommandId(c.client.latestView()!.me.id, c.id)) ?? 0;
    const figures = {
      commands: commands.length,
      lost: commands.filter((c) => c.stored && timesIn(c) === 0).length,
      doubled: commands.filter((c) => timesIn(c) > 1).length,
      behind_after_2s: behind,
      clients: 2,
      longest_unanswered_ms: Math.round(Math.max(...commands.map((c) => c.waitedMs))),
      sent_again: commands.filter((c) => c.sends > 1).length,
      // Stored before the process died, answered only after the resend.
      answered_as_duplicate: commands.filter((c) => c.duplicate).length,
    };
    console.log(`FAULT balancer-kill ${JSON.stringify(figures)}`);
    expect(commands.filter((c) => !c.stored)).toEqual([]);
    expect(figures).toMatchObject({ commands: 2 * PER_PARTNER, lost: 0, doubled: 0, behind_after_2s: 0 });
    expect(figures.sent_again).toBeGreaterThan(0);
    closeAll(ana, ben);
  });
});
