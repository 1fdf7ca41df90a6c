import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aStatement } from "../../core/negotiation/testing/builders";
import { openTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { closeAll, connectCouple } from "../testing/space-clients";
import { startTestServer, type TestServer } from "../testing/test-server";
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
    expect((await ana.send("statement:submit", { statement: aStatement() })).ok).toBe(true);

    await redis.kill();
    const reveal = await ben.send("statement:submit", { statement: aStatement({ appreciation: "Your patience." }) });
    expect(reveal.ok).toBe(true);

    // Ana is on the other process: the reveal reaches her without a reconnect or a later change.
    const seq = reveal.ok ? reveal.seq : Infinity;
    const seen = await ana.waitFor(() => (ana.latestView()?.seq ?? 0) >= seq && ana.latestView());
    expect(seen.revealed?.statements).toHaveLength(2);

    // Redis comes back: changes cross between the processes again.
    await redis.start();
    const later = await ben.send("pause:start", { returnAt: new Date(Date.now() + 30 * 60_000).toISOString() });
    expect(later.ok).toBe(true);
    const afterSeq = later.ok ? later.seq : Infinity;
    await ana.waitFor(() => (ana.latestView()?.seq ?? 0) >= afterSeq);
    closeAll(ana, ben);
  });
});
