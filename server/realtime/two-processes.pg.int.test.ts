import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { startServerProcess, type ServerProcess } from "../testing/server-process";
import { closeAll, connectCouple, countEvents, submitBothAtOnce } from "../testing/space-clients";
import { createSpaceThroughApi } from "../testing/test-server";

let testDb: TestDatabase;
let processes: ServerProcess[] = [];

beforeAll(async () => {
  testDb = await openTestDatabase();
  const env = { DATABASE_URL: testDb.url!, PUBLIC_URL: "http://breathing-room.test", REDIS_URL: process.env.REDIS_URL };
  processes = await Promise.all([startServerProcess(env), startServerProcess(env)]);
});

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  await testDb?.drop();
});

describe("two server processes on one PostgreSQL (REV2)", () => {
  it("reveal exactly once, however the partners' submits interleave across processes", async () => {
    const [one, two] = processes as [ServerProcess, ServerProcess];
    for (let repetition = 0; repetition < 30; repetition++) {
      const space = await createSpaceThroughApi(one.url);
      const { ana, ben } = await connectCouple(one.url, space, two.url);
      const acks = await submitBothAtOnce(ana, ben);
      expect(acks.every((ack) => ack.ok)).toBe(true);
      expect(await countEvents(testDb.database, space.spaceId, "statements:revealed")).toBe(1);
      if (process.env.REDIS_URL) {
        // With the Redis adapter, a reveal decided in one process reaches clients of the other.
        await ana.waitFor(() => ana.latestView()?.revealed);
        await ben.waitFor(() => ben.latestView()?.revealed);
      }
      closeAll(ana, ben);
    }
  });
});
