import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { startServerProcess, type ServerProcess } from "../testing/server-process";
import { eventTypes } from "../testing/space-clients";
import { connectClient, createSpaceThroughApi } from "../testing/test-server";

const MINUTE = 60_000;
let testDb: TestDatabase;
const running: ServerProcess[] = [];

beforeAll(async () => {
  testDb = await openTestDatabase();
});

afterAll(async () => {
  await Promise.all(running.map((p) => p.stop("SIGKILL")));
  await testDb?.drop();
});

describe("two server processes on one PostgreSQL (PAU6)", () => {
  it("record exactly one resume per pause, however their timers race", async () => {
    const env = { DATABASE_URL: testDb.url!, PUBLIC_URL: "http://breathing-room.test", REDIS_URL: "" };
    const first = await startServerProcess(env);
    running.push(first);
    const spaces = [];
    for (let i = 0; i < 10; i++) {
      const space = await createSpaceThroughApi(first.url);
      const ana = await connectClient(first.url, { token: space.tokens.partnerA });
      await ana.waitFor(() => ana.latestView());
      const returnAt = new Date(Date.now() + (20 + i) * MINUTE).toISOString();
      expect((await ana.send("pause:start", { returnAt })).ok).toBe(true);
      ana.close();
      spaces.push(space);
    }
    await first.stop("SIGKILL");

    // Both come up after every return time and race for the same due timers.
    const later = { ...env, TEST_CLOCK: "1", TEST_CLOCK_OFFSET_MS: String(60 * MINUTE) };
    running.push(...(await Promise.all([startServerProcess(later), startServerProcess(later)])));
    for (const space of spaces) {
      let ended: string[] = [];
      const started = Date.now();
      while (Date.now() - started < 5_000) {
        ended = (await eventTypes(testDb.database, space.spaceId)).filter((t) => t === "pause:ended");
        if (ended.length > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(ended).toHaveLength(1);
    }
    // Give both loops a few more rounds: still exactly one each.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    for (const space of spaces) {
      expect((await eventTypes(testDb.database, space.spaceId)).filter((t) => t === "pause:ended")).toHaveLength(1);
    }
    // Three whole server processes start one after another: on a busy shared machine that alone takes over 30 s.
  }, 180_000);
});
