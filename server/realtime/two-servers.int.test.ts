import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { closeAll, connectCouple, countEvents, submitBothAtOnce } from "../testing/space-clients";
import { startTestServer, type TestServer } from "../testing/test-server";

let testDb: TestDatabase;
let first: TestServer;
let second: TestServer;

// Two servers with their own caches and queues on one database: nothing but the
// database's (space_id, seq) key keeps their decisions apart.
beforeAll(async () => {
  testDb = await openTestDatabase();
  first = await startTestServer(testDb.database);
  second = await startTestServer(testDb.database);
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await testDb?.drop();
});

describe("two servers, one database (REV2)", () => {
  it("reveals exactly once when the partners submit at the same instant through different servers", async () => {
    for (let repetition = 0; repetition < 20; repetition++) {
      const space = await first.createSpace();
      const { ana, ben } = await connectCouple(first.url, space, second.url);
      const acks = await submitBothAtOnce(ana, ben);
      expect(acks.every((ack) => ack.ok)).toBe(true);
      expect(await countEvents(testDb.database, space.spaceId, "statements:revealed")).toBe(1);
      expect(await countEvents(testDb.database, space.spaceId, "statement:submitted")).toBe(2);
      closeAll(ana, ben);
    }
  });
});
