import { describe, expect, it } from "vitest";
import { serverForThisFile } from "../testing/server-for-file";
import { accessCookieName } from "../../core/protocol/handshake";
import { loadEvents } from "../../db/event-log";
import { connectClient, connectionRefusal, TEST_ORIGIN } from "../testing/test-server";

const file = serverForThisFile();

describe("meeting in the lobby", () => {
  it("two partners who open their links both see each other arrive and be online (SPC2)", async () => {
    const space = await file.server.createSpace({ partnerA: "Ana", partnerB: "Ben" });
    const ana = await connectClient(file.server.url, { token: space.tokens.partnerA });
    const anaFirst = await ana.waitFor(() => ana.latestView());
    expect(anaFirst.me.name).toBe("Ana");
    expect(anaFirst.participants.map((p) => p.name)).toEqual(["Ana", "Ben"]);

    const ben = await connectClient(file.server.url, { token: space.tokens.partnerB });
    const benId = space.links.find((l) => l.role === "partnerB")!.participantId;
    const anaId = space.links.find((l) => l.role === "partnerA")!.participantId;
    await ana.waitFor(() => ana.latestView()?.participants.find((p) => p.id === benId)?.hasJoined);
    await ana.waitFor(() => ana.presence.at(-1)?.online.includes(benId));
    await ben.waitFor(() => ben.presence.at(-1)?.online.includes(anaId));
    expect(ben.latestView()?.me).toMatchObject({ id: benId, role: "partnerB" });
    ana.close();
    ben.close();
  });

  it("presence flips to offline when a partner's connection closes and back when it reopens", async () => {
    const space = await file.server.createSpace();
    const benId = space.links.find((l) => l.role === "partnerB")!.participantId;
    const ana = await connectClient(file.server.url, { token: space.tokens.partnerA });
    let ben = await connectClient(file.server.url, { token: space.tokens.partnerB });
    await ana.waitFor(() => ana.presence.at(-1)?.online.includes(benId));
    ben.close();
    await ana.waitFor(() => !ana.presence.at(-1)?.online.includes(benId));
    ben = await connectClient(file.server.url, { token: space.tokens.partnerB });
    await ana.waitFor(() => ana.presence.at(-1)?.online.includes(benId));
    ana.close();
    ben.close();
  });

  it("joining is recorded once however often a participant reconnects (SPC2)", async () => {
    const space = await file.server.createSpace();
    for (let i = 0; i < 3; i++) {
      const ana = await connectClient(file.server.url, { token: space.tokens.partnerA });
      await ana.waitFor(() => ana.latestView());
      ana.close();
    }
    const events = await loadEvents(file.testDb.database.db, space.spaceId);
    expect(events.map((e) => e.type)).toEqual(["space:created", "participant:joined"]);
  });

  it("a counsellor named at creation is a participant with a link of their own", async () => {
    const space = await file.server.createSpace({ counsellor: "Dr. Rivera" });
    expect(space.links.map((l) => l.role)).toEqual(["partnerA", "partnerB", "counsellor"]);
    const counsellor = await connectClient(file.server.url, { token: space.tokens.counsellor! });
    const view = await counsellor.waitFor(() => counsellor.latestView());
    expect(view.me).toMatchObject({ role: "counsellor", name: "Dr. Rivera" });
    counsellor.close();
  });
});

describe("who may come in (SEC1)", () => {
  it("refuses an unknown token with AUTH_UNKNOWN", async () => {
    const refusal = await connectionRefusal(file.server.url, { token: "A".repeat(32) });
    expect(refusal.code).toBe("AUTH_UNKNOWN");
    expect(refusal.message).toMatch(/don't know that link/);
  });

  it("refuses a malformed token or handshake with AUTH_MALFORMED", async () => {
    expect((await connectionRefusal(file.server.url, { token: "short" })).code).toBe("AUTH_MALFORMED");
    expect((await connectionRefusal(file.server.url, { token: 42 })).code).toBe("AUTH_MALFORMED");
    expect((await connectionRefusal(file.server.url, { spaceId: "not-a-uuid" })).code).toBe("AUTH_MALFORMED");
    expect((await connectionRefusal(file.server.url, { token: "x", extra: true })).code).toBe("AUTH_MALFORMED");
  });

  it("refuses a device without the space's cookie with AUTH_MISSING", async () => {
    const space = await file.server.createSpace();
    expect((await connectionRefusal(file.server.url, { spaceId: space.spaceId })).code).toBe("AUTH_MISSING");
  });

  it("lets a device in by the space's httpOnly cookie", async () => {
    const space = await file.server.createSpace();
    const cookie = `${accessCookieName(space.spaceId)}=${space.tokens.partnerB}`;
    const ben = await connectClient(file.server.url, { spaceId: space.spaceId }, { headers: { cookie, origin: TEST_ORIGIN } });
    expect((await ben.waitFor(() => ben.latestView())).me.name).toBe("Ben");
    ben.close();
  });

  it("refuses browsers from another origin with ORIGIN_REFUSED", async () => {
    const space = await file.server.createSpace();
    const refusal = await connectionRefusal(file.server.url, { token: space.tokens.partnerA }, { origin: "http://evil.example" });
    expect(refusal.code).toBe("ORIGIN_REFUSED");
  });

  it("a token of space X cannot read or act on space Y (SEC2)", async () => {
    const x = await file.server.createSpace({ partnerA: "Xena", partnerB: "Xavi" });
    const y = await file.server.createSpace({ partnerA: "Yara", partnerB: "Yuri" });
    // X's token presented under Y's cookie name opens nothing.
    const cookie = `${accessCookieName(y.spaceId)}=${x.tokens.partnerA}`;
    expect((await connectionRefusal(file.server.url, { spaceId: y.spaceId }, { cookie })).code).toBe("AUTH_UNKNOWN");

    const xena = await connectClient(file.server.url, { token: x.tokens.partnerA });
    await xena.waitFor(() => xena.latestView());
    const yuriId = y.links.find((l) => l.role === "partnerB")!.participantId;
    const ack = await xena.send("link:renew", { participantId: yuriId });
    expect(ack).toMatchObject({ ok: false, error: { code: "UNKNOWN_PARTICIPANT" } });
    expect(xena.frames.join("\n")).not.toMatch(/Yara|Yuri/);
    expect((await loadEvents(file.testDb.database.db, y.spaceId)).map((e) => e.type)).toEqual(["space:created"]);
    xena.close();
  });
});

describe("renewing a personal link (SPC4)", () => {
  it("revokes the old link, returns the new one to the sender only, and is applied once per command id", async () => {
    const space = await file.server.createSpace();
    const benId = space.links.find((l) => l.role === "partnerB")!.participantId;
    const ana = await connectClient(file.server.url, { token: space.tokens.partnerA });
    await ana.waitFor(() => ana.latestView());
    const first = await ana.send("link:renew", { participantId: benId }, "renew-ben-once");
    expect(first.ok).toBe(true);
    const link = (first as { result: { link: string } }).result.link;
    expect(link).toMatch(new RegExp(`^${TEST_ORIGIN}/j/[A-Za-z0-9_-]{32}$`));

    const retry = await ana.send("link:renew", { participantId: benId }, "renew-ben-once");
    expect(retry).toMatchObject({ ok: true, duplicate: true });
    expect(retry).not.toHaveProperty("result");
    const renewals = (await loadEvents(file.testDb.database.db, space.spaceId)).filter((e) => e.type === "link:replaced");
    expect(renewals).toHaveLength(1);

    expect((await connectionRefusal(file.server.url, { token: space.tokens.partnerB })).code).toBe("AUTH_REVOKED");
    const ben = await connectClient(file.server.url, { token: link.split("/j/")[1] });
    expect((await ben.waitFor(() => ben.latestView())).me.name).toBe("Ben");
    ana.close();
    ben.close();
  });
});
