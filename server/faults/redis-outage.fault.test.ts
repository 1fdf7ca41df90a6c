import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aStatement } from "../../core/negotiation/testing/builders";
import { openTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { closeAll, connectCouple } from "../testing/space-clients";
import { startTestServer, type TestServer } from "../testing/test-server";
import { faultFigures } from "./fault-figures";
import { startPrivateRedis, type PrivateRedis } from "./private-redis";

let redis: PrivateRedis;
let testDb: TestDatabase;
let first: TestServer;
let second: TestServer;

// Two server processes' worth of servers sharing one database and a Redis of our own.
beforeAll(async () => {
  redis = await startPrivateRedis();
  testDb = await openTestDatabase();
  first = await startTestServer(testDb.database, { redisUrl: redis.url });
  second = await startTestServer(testDb.database, { redisUrl: redis.url });
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await testDb?.drop();
  await redis?.kill();
});

describe("Redis goes away and comes back", () => {
  it("a partner on the other process still gets the reveal made while Redis was down", async () => {
    const space = await first.createSpace();
    const { ana, ben } = await connectCouple(first.url, space, second.url);
    const figures = faultFigures("redis-outage");

    await redis.kill();
    // Both partners keep typing, each on their own process, while Redis is away; each sends
    // one change at a time, as the page's outbox does (INP3).
    const typing = (client: typeof ana, who: string) => async () => {
      const acks = [];
      for (let i = 0; i < 10; i++) acks.push(await figures.saveDraft(client, `${who} ${i}`));
      return acks;
    };
    const burst = (await Promise.all([typing(ana, "hers")(), typing(ben, "his")()])).flat();
    expect(burst.filter((ack) => !ack.ok)).toEqual([]);
    expect((await ana.send("statement:submit", { statement: aStatement() })).ok).toBe(true);
    const reveal = await ben.send("statement:submit", { statement: aStatement({ appreciation: "Your patience." }) });
    expect(reveal.ok).toBe(true);

    // Ana is on the other process: the reveal reaches her without a reconnect or a later change.
    const seq = reveal.ok ? reveal.seq : Infinity;
    const seen = await ana.waitFor(() => (ana.latestView()?.seq ?? 0) >= seq && ana.latestView());
    expect(seen.revealed?.statements).toHaveLength(2);

    // Redis comes back: changes cross between the processes again.
    await redis.start();
    expect(await figures.behindTwoSecondsAfterHealing(testDb.database, space.spaceId, [ana, ben])).toEqual({ behind: 0, clients: 2 });
    const later = await ben.send("pause:start", { returnAt: new Date(Date.now() + 30 * 60_000).toISOString() });
    expect(later.ok).toBe(true);
    const afterSeq = later.ok ? later.seq : Infinity;
    await ana.waitFor(() => (ana.latestView()?.seq ?? 0) >= afterSeq);
    expect(await figures.report(testDb.database, space.spaceId)).toMatchObject({ lost: 0, doubled: 0 });
    closeAll(ana, ben);
  });

  it("a link replaced while Redis is away signs out the old link's connection on the other process once Redis is back (SPC4)", async () => {
    const space = await first.createSpace();
    const { ana, ben } = await connectCouple(first.url, space, second.url);
    const figures = faultFigures("redis-outage-sign-out");
    // Something crosses first, so each process has read the stream up to now.
    expect((await figures.saveDraft(ana, "before")).ok).toBe(true);
    await ben.waitFor(() => ben.latestView()?.participants.find((p) => p.id === ana.latestView()?.me.id)?.statementStatus === "writing");
    const signedOut = new Promise<string>((resolve) => ben.socket.on("disconnect", (reason) => resolve(reason)));

    await redis.kill();
    // Ana (on the first process) gives Ben a new link; his phone is connected to the second.
    expect((await ana.send("link:renew", { participantId: ben.latestView()!.me.id })).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(ben.socket.connected).toBe(true);

    await redis.start();
    const healed = performance.now();
    const stillConnected = new Promise<string>((resolve) => setTimeout(() => resolve("still connected after 10 s"), 10_000));
    expect(await Promise.race([signedOut, stillConnected])).toBe("io server disconnect");
    const signedOutAfterHealingMs = Math.round(performance.now() - healed);
    expect(await figures.report(testDb.database, space.spaceId, { signed_out_after_healing_ms: signedOutAfterHealingMs })).toMatchObject({ lost: 0, doubled: 0 });
    closeAll(ana, ben);
  });
});
