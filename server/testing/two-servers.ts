import { afterAll, beforeAll } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { startTestServer, type TestServer } from "./test-server";

export type TwoServers = { testDb: TestDatabase; first: TestServer; second: TestServer };

/** Two server processes on one fresh database for a test file; with REDIS_URL set they share rooms. */
export function useTwoServers(): TwoServers {
  const servers = {} as TwoServers;
  beforeAll(async () => {
    servers.testDb = await openTestDatabase();
    servers.first = await startTestServer(servers.testDb.database);
    servers.second = await startTestServer(servers.testDb.database);
  });
  afterAll(async () => {
    await servers.first?.close();
    await servers.second?.close();
    await servers.testDb?.drop();
  });
  return servers;
}
