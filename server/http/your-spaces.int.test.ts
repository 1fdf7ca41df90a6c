import { describe, expect, it } from "vitest";
import { accessCookieName } from "../../core/protocol/handshake";
import type { TYourSpacesResponse } from "../../core/protocol/your-spaces";
import { aStatement } from "../../core/negotiation/testing/builders";
import type { TDeviceCode } from "../../core/protocol/device-code";
import { agreedCouple } from "../testing/agreed-space";
import { CookieJar, httpCall } from "../testing/http-client";
import { serverForThisFile } from "../testing/server-for-file";
import { closeAll, connectCouple } from "../testing/space-clients";
import { connectClient, connectionRefusal, TEST_ORIGIN } from "../testing/test-server";

const file = serverForThisFile();

async function yourSpaces(device: CookieJar) {
  const answer = await httpCall(file.server.url, "/api/your-spaces", { cookie: device.header() });
  expect(answer.status).toBe(200);
  expect(answer.headers["cache-control"]).toBe("no-store");
  device.take(answer);
  return { answer, spaces: answer.json<TYourSpacesResponse>().spaces };
}

describe("Your spaces, from this device's own cookies (HOME1)", () => {
  it("lists every space this device is signed in to, newest activity first, with names, step and review date", async () => {
    const { ana, ben, space: agreed } = await agreedCouple(file.server);
    const writing = await file.server.createSpace({ partnerA: "Ana", partnerB: "Cleo", counsellor: "Dr. Rivera" });
    const device = new CookieJar()
      .set(accessCookieName(agreed.spaceId), agreed.tokens.partnerA)
      .set(accessCookieName(writing.spaceId), writing.tokens.partnerA)
      .set("theme", "calm");

    const { spaces, answer } = await yourSpaces(device);
    expect(spaces.map((s) => s.spaceId)).toEqual([writing.spaceId, agreed.spaceId]);
    expect(spaces[0]).toMatchObject({
      status: "signed-in",
      me: { name: "Ana", role: "partnerA" },
      others: [{ name: "Cleo", role: "partnerB" }, { name: "Dr. Rivera", role: "counsellor" }],
      phase: "writing",
      agreement: null,
      pausedUntil: null,
    });
    const review = ana.latestView()!.proposals!.agreements[0]!.reviewAt;
    expect(spaces[1]).toMatchObject({ status: "signed-in", phase: "agreed", agreement: { version: 1, reviewAt: review } });
    // Each visit keeps the device's memory for months more.
    expect(answer.setCookies.filter((c) => /Max-Age=34560000($|;)/.test(c) && /HttpOnly/.test(c))).toHaveLength(2);
    closeAll(ana, ben);
  });

  it("carries no words of anyone's statement or draft", async () => {
    const space = await file.server.createSpace();
    const { ana, ben } = await connectCouple(file.server.url, space);
    await ana.send("statement:saveDraft", { draft: { appreciation: "MARKER-DRAFT-WORDS" } });
    await ben.send("statement:submit", { statement: aStatement({ appreciation: "MARKER-SUBMITTED-WORDS" }) });
    const { answer } = await yourSpaces(new CookieJar().set(accessCookieName(space.spaceId), space.tokens.partnerA));
    expect(answer.text).not.toMatch(/MARKER/);
    closeAll(ana, ben);
  });

  it("a space whose key was replaced shows only as signed out, with no names; a key to nothing is forgotten", async () => {
    const space = await file.server.createSpace({ partnerA: "Ana", partnerB: "Ben" });
    const ben = await connectClient(file.server.url, { token: space.tokens.partnerB });
    const anaId = space.links.find((l) => l.role === "partnerA")!.participantId;
    expect((await ben.send("link:renew", { participantId: anaId })).ok).toBe(true);
    ben.close();
    const strangeSpace = "3f6f5d1e-8a3b-4c2d-9e1f-0a1b2c3d4e5f";
    const device = new CookieJar().set(accessCookieName(space.spaceId), space.tokens.partnerA).set(accessCookieName(strangeSpace), "Q".repeat(32));

    const { spaces, answer } = await yourSpaces(device);
    expect(spaces).toEqual([{ status: "signed-out", spaceId: space.spaceId }]);
    expect(answer.text).not.toMatch(/Ana|Ben/);
    expect(answer.setCookies).toEqual([expect.stringMatching(new RegExp(`^${accessCookieName(strangeSpace)}=; .*Max-Age=0`))]);
    expect(device.get(accessCookieName(strangeSpace))).toBeUndefined();
  });

  it("forgetting a space on this device: the cookie goes, a device key is spent, a personal link keeps working", async () => {
    const space = await file.server.createSpace();
    const phone = new CookieJar().set(accessCookieName(space.spaceId), space.tokens.partnerA);
    const made = await httpCall(file.server.url, "/api/device-codes", { body: { spaceId: space.spaceId }, cookie: phone.header(), origin: TEST_ORIGIN });
    const laptop = new CookieJar().take(
      await httpCall(file.server.url, "/api/device-codes/redeem", { body: { code: made.json<TDeviceCode>().code }, origin: TEST_ORIGIN, from: "127.0.0.77" }),
    );
    const laptopCookie = laptop.header();

    const forget = (device: CookieJar) =>
      httpCall(file.server.url, "/api/your-spaces/forget", { body: { spaceId: space.spaceId }, cookie: device.header(), origin: TEST_ORIGIN });
    laptop.take(await forget(laptop));
    expect(laptop.get(accessCookieName(space.spaceId))).toBeUndefined();
    expect((await yourSpaces(laptop)).spaces).toEqual([]);
    // Even a copy of the laptop's old cookie opens nothing now.
    expect((await connectionRefusal(file.server.url, { spaceId: space.spaceId }, { cookie: laptopCookie })).code).toBe("AUTH_REVOKED");

    phone.take(await forget(phone));
    expect((await yourSpaces(phone)).spaces).toEqual([]);
    const again = await connectClient(file.server.url, { token: space.tokens.partnerA });
    expect((await again.waitFor(() => again.latestView())).me.name).toBe("Ana");
    again.close();
  });
});
