import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { startServerProcess, type ServerProcess } from "../testing/server-process";
import { connectClient, createSpaceThroughApi, waitUntil } from "../testing/test-server";

const MINUTE = 60_000;
let testDb: TestDatabase | null = null;
let dataDir: string | null = null;
let databaseEnv: Record<string, string>;
const running: ServerProcess[] = [];

// The server's database is a fresh PostgreSQL database when DATABASE_URL is set, else a
// PGlite folder that outlives the killed process, as ./data does for a real user.
beforeAll(async () => {
  if (process.env.DATABASE_URL) {
    testDb = await openTestDatabase();
    databaseEnv = { DATABASE_URL: testDb.url! };
  } else {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "br-restart-"));
    databaseEnv = { DATABASE_URL: "", DATA_DIR: dataDir };
  }
});

afterAll(async () => {
  await Promise.all(running.map((p) => p.stop("SIGKILL")));
  await testDb?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServerProcess({ ...databaseEnv, PUBLIC_URL: "http://breathing-room.test", REDIS_URL: "", ...env });
  running.push(server);
  return server;
}

describe("the return time is a durable timer (PAU6)", () => {
  it("a pause whose server was killed resumes within 2 s of the next start after the return time", async () => {
    const first = await start({});
    const space = await createSpaceThroughApi(first.url);
    const ana = await connectClient(first.url, { token: space.tokens.partnerA });
    await ana.waitFor(() => ana.latestView());
    const returnAt = new Date(Date.now() + 20 * MINUTE).toISOString();
    expect((await ana.send("pause:start", { returnAt, note: "Back after a walk" })).ok).toBe(true);
    ana.close();
    await first.stop("SIGKILL");

    // The next start happens "21 minutes later": its clock is set ahead instead of waiting.
    const second = await start({ TEST_CLOCK: "1", TEST_CLOCK_OFFSET_MS: String(21 * MINUTE) });
    const readyAt = Date.now();
    const ben = await connectClient(second.url, { token: space.tokens.partnerB });
    const resumed = await waitUntil(() => {
      const view = ben.latestView();
      return view?.pause.lastResume?.how === "return-time" ? view : undefined;
    }, 2_000);
    expect(Date.now() - readyAt).toBeLessThan(2_000);
    expect(resumed.pause.current).toBeNull();
    expect(resumed.pause.timeline.map((e) => e.kind)).toEqual(["paused", "resumed"]);
    ben.close();
    // Two whole server starts: on a busy shared machine they alone can take half a minute.
  }, 90_000);
});
