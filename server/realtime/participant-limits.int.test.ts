import { describe, expect, it } from "vitest";
import { httpCall } from "../testing/http-client";
import { serverForThisFile } from "../testing/server-for-file";
import { closeAll } from "../testing/space-clients";
import { connectClient, connectionRefusal, waitUntil, type TestClient } from "../testing/test-server";

const BURST = 10;
const PER_SECOND = 1;
const MAX_CONNECTIONS = 3;
const SPACES_PER_HOUR = 5;

const file = serverForThisFile(() => ({
  rateLimit: { burst: BURST, perSecond: PER_SECOND },
  maxConnectionsPerParticipant: MAX_CONNECTIONS,
  spacesPerAddressPerHour: SPACES_PER_HOUR,
}));

async function connectMany(token: string, count: number): Promise<TestClient[]> {
  const clients = await Promise.all(Array.from({ length: count }, () => connectClient(file.server.url, { token })));
  await Promise.all(clients.map((c) => c.waitFor(() => c.latestView())));
  return clients;
}

describe("limits hold per person, not per connection", () => {
  it("a flood from several tabs of one person shares one budget", async () => {
    const space = await file.server.createSpace();
    const tabs = await connectMany(space.tokens.partnerA, MAX_CONNECTIONS);
    const started = Date.now();

    const acks = await Promise.all(
      tabs.flatMap((tab, t) => Array.from({ length: BURST }, (_, i) => tab.send("statement:saveDraft", { draft: { appreciation: `tab ${t} try ${i}` } }))),
    );

    const seconds = Math.ceil((Date.now() - started) / 1000);
    const accepted = acks.filter((a) => a.ok).length;
    // One budget: the burst, plus what refilled while the flood lasted.
    expect(accepted).toBeLessThanOrEqual(BURST + seconds * PER_SECOND);
    expect(acks.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === "RATE_LIMITED")).toBe(true);
    expect(tabs.every((t) => t.socket.connected)).toBe(true);
    closeAll(...tabs);
  });

  it("one person may hold only so many connections; the partner is not affected, and a closed one frees a place", async () => {
    const space = await file.server.createSpace();
    const tabs = await connectMany(space.tokens.partnerA, MAX_CONNECTIONS);

    const refused = await connectionRefusal(file.server.url, { token: space.tokens.partnerA });
    expect(refused.code).toBe("TOO_MANY_CONNECTIONS");
    expect(refused.message).toMatch(/too many tabs or devices/);
    const ben = await connectClient(file.server.url, { token: space.tokens.partnerB });

    tabs[0]!.close();
    let another: TestClient | undefined;
    // The server sees the close a moment later; until then the place is still taken.
    for (let tries = 0; !another && tries < 50; tries++) {
      another = await connectClient(file.server.url, { token: space.tokens.partnerA }).catch(() => new Promise<undefined>((r) => setTimeout(r, 100)));
    }
    expect(another?.socket.connected).toBe(true);
    closeAll(...tabs, ben, another);
  });

  it("connections opened all at once cannot slip past the limit together", async () => {
    const space = await file.server.createSpace();
    const attempts = await Promise.allSettled(Array.from({ length: MAX_CONNECTIONS * 3 }, () => connectClient(file.server.url, { token: space.tokens.partnerA })));
    const opened = attempts.flatMap((a) => (a.status === "fulfilled" ? [a.value] : []));

    await waitUntil(() => opened.filter((c) => c.socket.connected).length <= MAX_CONNECTIONS);
    expect(opened.filter((c) => c.socket.connected).length).toBeGreaterThan(0);
    closeAll(...opened);
  });

  it("new spaces are limited per address, with a message that says when to try again", async () => {
    const create = (from: string) => httpCall(file.server.url, "/api/spaces", { from, body: { partnerA: "Ana", partnerB: "Ben", timeZone: "Europe/Berlin" } });
    for (let i = 0; i < SPACES_PER_HOUR; i++) expect((await create("127.0.0.5")).status).toBe(201);

    const refused = await create("127.0.0.5");

    expect(refused.status).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: "RATE_LIMITED", message: expect.stringMatching(/try again in \d+ minutes?/) } });
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect((await create("127.0.0.6")).status).toBe(201);
  });
});
