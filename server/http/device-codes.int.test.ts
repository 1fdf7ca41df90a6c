import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { accessCookieName } from "../../core/protocol/handshake";
import type { TDeviceCode, TDeviceSignedIn } from "../../core/protocol/device-code";
import { CookieJar, httpCall } from "../testing/http-client";
import { serverForThisFile } from "../testing/server-for-file";
import { connectClient, connectionRefusal, TEST_ORIGIN, type TestSpace } from "../testing/test-server";
import { adjustableClock } from "../time/clock";

const file = serverForThisFile(() => ({ clock: adjustableClock() }));
let nextAddress = 10;
/** Each test comes from addresses of its own, so the limit per address (DEV3) counts only its tries. */
const anAddress = () => `127.0.0.${nextAddress++}`;

function deviceOf(space: TestSpace, role: "partnerA" | "partnerB" = "partnerA"): CookieJar {
  return new CookieJar().set(accessCookieName(space.spaceId), space.tokens[role]!);
}

async function makeCode(space: TestSpace, device: CookieJar): Promise<TDeviceCode> {
  const answer = await httpCall(file.server.url, "/api/device-codes", { body: { spaceId: space.spaceId }, cookie: device.header(), origin: TEST_ORIGIN });
  expect(answer.status).toBe(201);
  return answer.json<TDeviceCode>();
}

function redeem(code: string, device = new CookieJar(), from = anAddress()) {
  return httpCall(file.server.url, "/api/device-codes/redeem", { body: { code }, cookie: device.header(), origin: TEST_ORIGIN, from });
}

async function keyCount(): Promise<number> {
  const rows = await file.testDb.database.db.execute<{ n: number }>(sql`select count(*)::int as n from access_tokens`);
  const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: { n: number }[] }).rows;
  return list[0]!.n;
}

describe("adding a device with a code (DEV1, DEV2)", () => {
  it("a signed-in phone shows a short code; the laptop that enters it is signed in as the same person, with a key of its own", async () => {
    const space = await file.server.createSpace({ partnerA: "Ana", partnerB: "Ben" });
    const made = await makeCode(space, deviceOf(space));
    expect(made.code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(Date.parse(made.expiresAt) - file.server.clock.now().getTime()).toBeGreaterThan(9.9 * 60_000);
    expect(made.url).toBe(`${TEST_ORIGIN}/add-device#${made.code.replace("-", "")}`);

    // Typed in lower case with a space instead of the dash: still the code.
    const laptop = new CookieJar();
    const answer = await redeem(made.code.toLowerCase().replace("-", " "), laptop);
    expect(answer.status).toBe(200);
    expect(answer.json<TDeviceSignedIn>()).toEqual({ spaceId: space.spaceId, name: "Ana", path: `/s/${space.spaceId}` });
    laptop.take(answer);
    const laptopKey = laptop.get(accessCookieName(space.spaceId))!;
    expect(laptopKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(laptopKey).not.toBe(space.tokens.partnerA);
    expect(answer.setCookies[0]).toMatch(/HttpOnly; SameSite=Lax/);

    const ana = await connectClient(file.server.url, { spaceId: space.spaceId }, { headers: { cookie: laptop.header() } });
    expect((await ana.waitFor(() => ana.latestView())).me.name).toBe("Ana");
    ana.close();
  });

  it("a code works once: a second use is refused with a clear message and writes nothing", async () => {
    const space = await file.server.createSpace();
    const made = await makeCode(space, deviceOf(space));
    expect((await redeem(made.code)).status).toBe(200);
    const keys = await keyCount();
    const again = await redeem(made.code);
    expect(again.status).toBe(410);
    expect(again.json()).toMatchObject({ error: { code: "CODE_USED", message: expect.stringContaining("already been used") } });
    expect(again.setCookies).toEqual([]);
    expect(await keyCount()).toBe(keys);
  });

  it("two devices entering the same code at the same moment: exactly one is signed in", async () => {
    const space = await file.server.createSpace();
    const made = await makeCode(space, deviceOf(space));
    const answers = await Promise.all(Array.from({ length: 5 }, () => redeem(made.code)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 410, 410, 410, 410]);
  });

  it("a code runs out after 10 minutes, and a newer code ends the one before it", async () => {
    const space = await file.server.createSpace();
    const device = deviceOf(space);
    const first = await makeCode(space, device);
    const second = await makeCode(space, device);
    expect((await redeem(first.code)).json()).toMatchObject({ error: { code: "CODE_EXPIRED" } });

    file.server.clock.advance(10 * 60_000 + 1_000);
    const keys = await keyCount();
    const late = await redeem(second.code);
    expect(late.status).toBe(410);
    expect(late.json()).toMatchObject({ error: { code: "CODE_EXPIRED", message: expect.stringContaining("10 minutes") } });
    expect(await keyCount()).toBe(keys);
  });

  it("unknown and mistyped codes get a message that says what to check", async () => {
    const unknown = await redeem("ZZZZ-ZZZZ");
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: "CODE_UNKNOWN" } });
    const lookAlike = await redeem("K0QM-4XRT");
    expect(lookAlike.status).toBe(400);
    expect(lookAlike.json()).toMatchObject({ error: { code: "INVALID_INPUT", message: expect.stringContaining("never contain 0, 1, I, L, O or U") } });
    expect((await redeem("K7QM")).json()).toMatchObject({ error: { message: expect.stringContaining("8 characters") } });
  });

  it("only a device signed in to the space can make a code, and only from our own pages", async () => {
    const space = await file.server.createSpace();
    const stranger = await httpCall(file.server.url, "/api/device-codes", { body: { spaceId: space.spaceId }, origin: TEST_ORIGIN });
    expect(stranger.status).toBe(401);
    expect(stranger.json()).toMatchObject({ error: { code: "AUTH_MISSING" } });
    const elsewhere = await httpCall(file.server.url, "/api/device-codes", { body: { spaceId: space.spaceId }, cookie: deviceOf(space).header(), origin: "http://evil.example" });
    expect(elsewhere.status).toBe(403);
    const wrongSpace = await httpCall(file.server.url, "/api/device-codes", {
      body: { spaceId: (await file.server.createSpace()).spaceId },
      cookie: `${accessCookieName((await file.server.createSpace()).spaceId)}=${space.tokens.partnerA}`,
      origin: TEST_ORIGIN,
    });
    expect(wrongSpace.status).toBe(401);
  });
});

describe("a new link signs out the devices of the old one (SPC4, DEV4)", () => {
  it("a code made before the link was replaced opens nothing, and a device added with a code is signed out", async () => {
    const space = await file.server.createSpace({ partnerA: "Ana", partnerB: "Ben" });
    const anaPhone = deviceOf(space);
    const laptop = new CookieJar().take(await redeem((await makeCode(space, anaPhone)).code));
    const pending = await makeCode(space, anaPhone);

    const ben = await connectClient(file.server.url, { token: space.tokens.partnerB });
    const anaId = space.links.find((l) => l.role === "partnerA")!.participantId;
    expect((await ben.send("link:renew", { participantId: anaId })).ok).toBe(true);
    ben.close();

    const refused = await redeem(pending.code);
    expect(refused.status).toBe(410);
    expect(refused.json()).toMatchObject({ error: { code: "CODE_SIGNED_OUT" } });
    expect((await connectionRefusal(file.server.url, { spaceId: space.spaceId }, { cookie: laptop.header() })).code).toBe("AUTH_REVOKED");
    const makeAgain = await httpCall(file.server.url, "/api/device-codes", { body: { spaceId: space.spaceId }, cookie: anaPhone.header(), origin: TEST_ORIGIN });
    expect(makeAgain.json()).toMatchObject({ error: { code: "AUTH_REVOKED" } });
  });
});

describe("guessing codes is slowed down (DEV3)", () => {
  it("after 10 tries from one address in 15 minutes, further tries are refused, even a right code; the window passes", async () => {
    const space = await file.server.createSpace();
    const made = await makeCode(space, deviceOf(space));
    const address = anAddress();
    for (let i = 0; i < 10; i++) expect((await redeem("ZZZZ-ZZZ2", undefined, address)).status).toBe(404);
    const limited = await redeem(made.code, undefined, address);
    expect(limited.status).toBe(429);
    expect(limited.json()).toMatchObject({ error: { code: "RATE_LIMITED", message: expect.stringContaining("wait a few minutes") } });
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.setCookies).toEqual([]);
    // Another address is not held back by this one.
    expect((await redeem(made.code, undefined, anAddress())).status).toBe(200);

    const other = await makeCode(space, deviceOf(space));
    file.server.clock.advance(15 * 60_000);
    // A new window: this address may try again (the code itself has run out by now).
    expect((await redeem(other.code, undefined, address)).json()).toMatchObject({ error: { code: "CODE_EXPIRED" } });
  });
});
