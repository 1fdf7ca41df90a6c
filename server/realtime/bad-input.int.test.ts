import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEvents } from "../../db/event-log";
import { serverForThisFile } from "../testing/server-for-file";
import { connectClient, type TestClient } from "../testing/test-server";

let ana: TestClient;
let spaceId: string;
let benId: string;

const file = serverForThisFile();

beforeAll(async () => {
  const space = await file.server.createSpace();
  spaceId = space.spaceId;
  benId = space.links.find((l) => l.role === "partnerB")!.participantId;
  ana = await connectClient(file.server.url, { token: space.tokens.partnerA });
  await ana.waitFor(() => ana.latestView());
});

afterAll(async () => {
  ana?.close();
});

const eventCount = async () => (await loadEvents(file.testDb.database.db, spaceId)).length;

describe("bad input is answered, never fatal (INP1)", () => {
  it.each([
    ["a string", "hello"],
    ["null", null],
    ["an array", [1, 2, 3]],
    ["a command without an id", { type: "link:renew", payload: {} }],
    ["a command with a too-short id", { id: "x", type: "link:renew", payload: {} }],
  ])("answers %s with INVALID_COMMAND", async (_label, raw) => {
    const before = await eventCount();
    const ack = await ana.sendRaw(raw);
    expect(ack).toMatchObject({ ok: false, error: { code: "INVALID_COMMAND" } });
    expect(ack.ok === false && ack.error.message.length).toBeGreaterThan(10);
    expect(await eventCount()).toBe(before);
  });

  it("answers an unknown command type with UNKNOWN_COMMAND", async () => {
    const ack = await ana.send("space:explode", {});
    expect(ack).toMatchObject({ ok: false, error: { code: "UNKNOWN_COMMAND" } });
  });

  it("answers a payload of the wrong shape with INVALID_PAYLOAD naming the field", async () => {
    const ack = await ana.send("link:renew", { participantId: 12 });
    expect(ack).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD", fields: { participantId: expect.any(String) } } });
    const extra = await ana.send("link:renew", { participantId: benId, admin: true });
    expect(extra).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
  });

  it("answers a command over 64 KiB with PAYLOAD_TOO_LARGE and keeps the connection", async () => {
    const before = await eventCount();
    const ack = await ana.send("link:renew", { participantId: benId, padding: "x".repeat(70 * 1024) });
    expect(ack).toMatchObject({ ok: false, error: { code: "PAYLOAD_TOO_LARGE" } });
    expect(ana.socket.connected).toBe(true);
    expect(await eventCount()).toBe(before);
  });

  it("ignores a command sent without an ack and other unknown events, and keeps serving", async () => {
    ana.socket.emit("command", { id: "no-ack-command", type: "link:renew", payload: { participantId: benId } } as never, undefined as never);
    (ana.socket as unknown as { emit: (e: string, ...a: unknown[]) => void }).emit("nonsense", { a: 1 });
    const ack = await ana.send("link:renew", { participantId: "not-a-uuid" });
    expect(ack).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    expect(ana.socket.connected).toBe(true);
  });

  it("still applies a valid command after all of the above", async () => {
    const ack = await ana.send("link:renew", { participantId: benId });
    expect(ack.ok).toBe(true);
  });
});

describe("the HTTP routes answer bad input clearly", () => {
  it("refuses a space without names, naming the fields", async () => {
    const response = await fetch(`${file.server.url}/api/spaces`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ partnerA: "  ", timeZone: "Mars/Olympus" }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(Object.keys(body.error.fields).sort()).toEqual(["partnerA", "partnerB", "timeZone"]);
  });

  it("refuses broken JSON and oversized bodies", async () => {
    const broken = await fetch(`${file.server.url}/api/spaces`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(broken.status).toBe(400);
    const huge = await fetch(`${file.server.url}/api/spaces`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ partnerA: "x".repeat(20_000) }),
    });
    expect(huge.status).toBe(413);
  });

  it("sends unknown and malformed personal links to a page that explains, without a cookie", async () => {
    const unknown = await fetch(`${file.server.url}/j/${"B".repeat(32)}`, { redirect: "manual" });
    expect(unknown.status).toBe(303);
    expect(unknown.headers.get("location")).toBe("/link-problem?reason=unknown");
    expect(unknown.headers.get("set-cookie")).toBeNull();
    const malformed = await fetch(`${file.server.url}/j/%E0%A4%A`, { redirect: "manual" });
    expect(malformed.headers.get("location")).toBe("/link-problem?reason=malformed");
  });

  it("signs a device in by its personal link with an httpOnly, SameSite=Lax cookie", async () => {
    const space = await file.server.createSpace();
    const response = await fetch(`${file.server.url}/j/${space.tokens.partnerB}`, { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/s/${space.spaceId}`);
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toContain(space.tokens.partnerB);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it("has no test clock unless the server runs with one", async () => {
    const response = await fetch(`${file.server.url}/__test/clock`, { method: "POST", body: JSON.stringify({ advanceMinutes: 60 }) });
    expect(response.status).toBe(404);
  });

  it("reports health and readiness", async () => {
    expect((await fetch(`${file.server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${file.server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});

describe("a flood of commands (INP1)", () => {
  it("is answered with RATE_LIMITED past the burst, and the connection stays up", async () => {
    const acks = await Promise.all(Array.from({ length: 60 }, () => ana.send("link:renew", { participantId: "not-a-uuid" })));
    const codes = acks.map((a) => (a.ok ? "ok" : a.error.code));
    expect(codes).toContain("RATE_LIMITED");
    expect(codes).toContain("INVALID_PAYLOAD");
    expect(ana.socket.connected).toBe(true);
  });
});
