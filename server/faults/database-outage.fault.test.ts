import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../db/client";
import { httpCall } from "../testing/http-client";
import { closeAll, connectCouple, type Couple } from "../testing/space-clients";
import { startTestServer, type TestServer } from "../testing/test-server";
import { faultFigures } from "./fault-figures";
import { startPrivatePostgres, type PrivatePostgres } from "./private-postgres";

let cluster: PrivatePostgres;
let database: Database;
let server: TestServer;
let couple: Couple;

beforeAll(async () => {
  cluster = await startPrivatePostgres();
  database = await openDatabase({ kind: "postgres", url: cluster.url, timeouts: { connectSeconds: 2, statementMs: 4_000 } });
  server = await startTestServer(database, { commandDeadlineMs: 2_000 });
  couple = await connectCouple(server.url, await server.createSpace());
});

afterAll(async () => {
  closeAll(couple?.ana, couple?.ben);
  await server?.close();
  await database?.close().catch(() => {});
  await cluster?.remove();
});

describe("the database goes away and comes back", () => {
  it("every command is answered with STORAGE_UNAVAILABLE while it is down, and works again after, without a restart", async () => {
    const { ana, ben } = couple;
    const figures = faultFigures("database-outage");
    expect((await figures.saveDraft(ana, "before")).ok).toBe(true);

    await cluster.stop();
    const during = await Promise.all([
      figures.saveDraft(ana, "during", { id: "outage-draft-0001" }),
      figures.saveDraft(ben, "his", { id: "outage-draft-0002" }),
      ana.send("statement:unlock", {}),
    ]);
    expect(during.map((ack) => (ack.ok ? "ok" : ack.error.code))).toEqual(["STORAGE_UNAVAILABLE", "STORAGE_UNAVAILABLE", "STORAGE_UNAVAILABLE"]);
    expect(during[0]!.ok === false && during[0]!.error.message).toMatch(/try again/);
    expect((await httpCall(server.url, "/readyz")).status).toBe(503);

    await cluster.start();
    // The same command again, as a client would send it (INP3): stored once.
    const again = await figures.saveDraft(ana, "during", { id: "outage-draft-0001" });
    expect(again.ok).toBe(true);
    expect(ana.latestView()?.myStatement?.draft?.appreciation).toBe("during");
    expect((await figures.saveDraft(ben, "his", { id: "outage-draft-0002" })).ok).toBe(true);
    await ana.waitFor(() => ana.latestView()?.participants.find((p) => p.id === ben.latestView()?.me.id)?.statementStatus === "writing");
    expect((await httpCall(server.url, "/readyz")).status).toBe(200);
    expect(await figures.behindTwoSecondsAfterHealing(database, couple.space.spaceId, [ana, ben])).toEqual({ behind: 0, clients: 2 });
    expect(await figures.report(database, couple.space.spaceId)).toMatchObject({ lost: 0, doubled: 0 });
  });
});
