import { afterAll, beforeAll } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { startTestServer, type TestServer } from "./test-server";

export type FileServer = { testDb: TestDatabase; server: TestServer };

/**
 * One real server over one fresh database for a whole test file (a PGlite start costs
 * seconds): started before the first test, closed and dropped after the last.
 */
export function serverForThisFile(options: () => Parameters<typeof startTestServer>[1] = () => ({})): FileServer {
  const context = {} as FileServer;
  beforeAll(async () => {
    context.testDb = await openTestDatabase();
    context.server = await startTestServer(context.testDb.database, options());
  });
  afterAll(async () => {
    await context.server?.close();
    await context.testDb?.drop();
  });
  return context;
}
