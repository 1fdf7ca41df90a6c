import { describe, expect, it } from "vitest";
import { readCalendar } from "../../core/calendar/testing/read-calendar";
import type { TCalendarAddresses } from "../../core/protocol/commands";
import { accessCookieName } from "../../core/protocol/handshake";
import { appendEvents } from "../../db/event-log";
import { loadEvents } from "../../db/event-log";
import { agreedCouple } from "../testing/agreed-space";
import { httpCall } from "../testing/http-client";
import { serverForThisFile } from "../testing/server-for-file";
import { closeAll, connectCouple, eventTypes } from "../testing/space-clients";
import { TEST_ORIGIN } from "../testing/test-server";

const file = serverForThisFile();

const pathOf = (url: string) => url.replace(/^[a-z]+:\/\/[^/]+/, "");

describe("a personal calendar subscription (CAL3)", () => {
  it("a partner subscribes: the address comes once, to them; the feed serves their agreed week; nobody else sees the address", async () => {
    const { ana, ben, counsellor, space } = await agreedCouple(file.server, { counsellor: "Dr. Rivera" });
    const ack = await ana.send("calendar:subscribe", {});
    expect(ack.ok).toBe(true);
    const addresses = (ack as { result: TCalendarAddresses }).result;
    expect(addresses.https).toMatch(new RegExp(`^${TEST_ORIGIN}/cal/[A-Za-z0-9_-]{32}\\.ics$`));
    expect(addresses.webcal).toBe(addresses.https.replace(/^http:/, "webcal:"));
    expect(ana.latestView()!.myCalendarFeed).toEqual({ since: expect.any(String) });
    await ben.waitFor(() => ben.latestView()!.seq === ana.latestView()!.seq);
    expect(ben.latestView()!.myCalendarFeed).toBeNull();
    const token = addresses.https.split("/cal/")[1]!.replace(".ics", "");
    expect([...ben.frames, ...counsellor!.frames].join("\n")).not.toContain(token);

    const feed = await httpCall(file.server.url, pathOf(addresses.https));
    expect(feed.status).toBe(200);
    expect(feed.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    const calendar = readCalendar(feed.text);
    expect(calendar.name).toBe("Breathing Room · Ana & Ben");
    expect(calendar.zones).toEqual(["Europe/Berlin"]);
    expect(calendar.events.some((e) => e.summary.startsWith("Time for you: Sunday mornings to myself"))).toBe(true);
    expect(calendar.events.some((e) => e.summary === "Look at our agreement again (with Ben)")).toBe(true);
    // Only what the agreement shows both: no appreciation, no fears' words.
    expect(feed.text).not.toMatch(/laugh together|drifting apart/);
    for (const event of calendar.events) expect(event.url).toBe(`${TEST_ORIGIN}/s/${space.spaceId}/agreement`);

    // Apps ask again and again: an unchanged week is "not modified".
    const again = await httpCall(file.server.url, pathOf(addresses.https), { headers: { "if-none-match": String(feed.headers.etag) } });
    expect(again.status).toBe(304);
    closeAll(ana, ben, counsellor);
  });

  it("CAL2: follows the current agreement: after version 2 the same address serves version 2, and version 1 ends where it began", async () => {
    const { ana, ben, space } = await agreedCouple(file.server);
    const { https } = (await ana.send("calendar:subscribe", {}) as { result: TCalendarAddresses }).result;
    const before = readCalendar((await httpCall(file.server.url, pathOf(https))).text);
    expect(before.events.every((e) => e.uid.includes("-v1-") || e.uid.endsWith("-review@breathing-room"))).toBe(true);

    // Version 2, as a renegotiation records it: the same plan a week later, with a new review date.
    const log = await loadEvents(file.testDb.database.db, space.spaceId);
    const v1 = log.find((e) => e.type === "agreement:made")!;
    const madeAt = new Date(Date.parse(v1.at) + 7 * 24 * 3600_000);
    const data = v1.data as { proposal: unknown };
    const appended = await appendEvents(file.testDb.database, {
      spaceId: space.spaceId,
      expectedSeq: log.at(-1)!.seq,
      events: [{ type: "agreement:made", data: { version: 2, proposal: data.proposal as never, reviewAt: new Date(madeAt.getTime() + 28 * 24 * 3600_000).toISOString() } }],
      actor: "system",
      commandId: "test-version-2",
      at: madeAt,
    });
    expect(appended.ok).toBe(true);

    const after = readCalendar((await httpCall(file.server.url, pathOf(https))).text);
    const v1Events = after.events.filter((e) => e.uid.includes("-v1-"));
    const v2Events = after.events.filter((e) => e.uid.includes("-v2-"));
    expect(v2Events.length).toBe(v1Events.length);
    expect(v1Events.every((e) => e.sequence === 1 && /UNTIL=/.test(e.rrule ?? ""))).toBe(true);
    expect(v2Events.every((e) => e.sequence === 0 && e.rrule === "FREQ=WEEKLY")).toBe(true);
    expect(after.eventNamed("Look at our agreement again (with Ben)").sequence).toBe(1);
    closeAll(ana, ben);
  });

  it("a new address ends the old one; turning it off answers plainly and says nothing of the space", async () => {
    const { ana, ben } = await agreedCouple(file.server);
    const first = (await ana.send("calendar:subscribe", {}) as { result: TCalendarAddresses }).result;
    const second = (await ana.send("calendar:subscribe", {}) as { result: TCalendarAddresses }).result;
    expect(second.https).not.toBe(first.https);
    const old = await httpCall(file.server.url, pathOf(first.https));
    expect(old.status).toBe(410);
    expect(old.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(old.text).toContain("turned off");
    expect(old.text).not.toMatch(/Ana|Ben|BEGIN:VCALENDAR/);
    expect((await httpCall(file.server.url, pathOf(second.https))).status).toBe(200);

    expect((await ana.send("calendar:unsubscribe", {})).ok).toBe(true);
    expect(ana.latestView()!.myCalendarFeed).toBeNull();
    expect((await httpCall(file.server.url, pathOf(second.https))).status).toBe(410);
    // Turning off what is off already is so: nothing more is written.
    const events = (await eventTypes(file.testDb.database, ana.latestView()!.spaceId)).length;
    expect((await ana.send("calendar:unsubscribe", {})).ok).toBe(true);
    expect((await eventTypes(file.testDb.database, ana.latestView()!.spaceId)).length).toBe(events);

    const unknown = await httpCall(file.server.url, `/cal/${"Q".repeat(32)}.ics`);
    expect(unknown.status).toBe(404);
    expect(unknown.text).not.toContain("BEGIN:VCALENDAR");
    closeAll(ana, ben);
  });

  it("there is nothing to subscribe to before the agreement, and a counsellor has no calendar: refused, nothing written", async () => {
    const space = await file.server.createSpace({ counsellor: "Dr. Rivera" });
    const { ana, ben, counsellor } = await connectCouple(file.server.url, space);
    const types = await eventTypes(file.testDb.database, space.spaceId);
    expect(await ana.send("calendar:subscribe", {})).toMatchObject({ ok: false, error: { code: "WRONG_PHASE" } });
    expect(await counsellor!.send("calendar:subscribe", {})).toMatchObject({ ok: false, error: { code: "NOT_ALLOWED" } });
    expect(await eventTypes(file.testDb.database, space.spaceId)).toEqual(types);
    closeAll(ana, ben, counsellor);
  });
});

describe("downloading the agreed week (CAL1)", () => {
  it("a partner's device downloads their own week as a file; a counsellor and a stranger get a plain answer", async () => {
    const { ana, ben, counsellor, space } = await agreedCouple(file.server, { counsellor: "Dr. Rivera" });
    const path = `/api/spaces/${space.spaceId}/calendar.ics`;
    const cookieOf = (token: string) => `${accessCookieName(space.spaceId)}=${token}`;

    const anas = await httpCall(file.server.url, path, { cookie: cookieOf(space.tokens.partnerA) });
    expect(anas.status).toBe(200);
    expect(anas.headers["content-disposition"]).toBe('attachment; filename="our-agreed-week.ics"');
    const bens = readCalendar((await httpCall(file.server.url, path, { cookie: cookieOf(space.tokens.partnerB) })).text);
    expect(readCalendar(anas.text).events.some((e) => e.summary === "Look at our agreement again (with Ben)")).toBe(true);
    expect(bens.events.some((e) => e.summary === "Look at our agreement again (with Ana)")).toBe(true);
    expect(anas.text).not.toContain("REFRESH-INTERVAL");

    expect((await httpCall(file.server.url, path, { cookie: cookieOf(space.tokens.counsellor!) })).status).toBe(403);
    const stranger = await httpCall(file.server.url, path);
    expect(stranger.status).toBe(401);
    expect(stranger.text).not.toContain("BEGIN:VCALENDAR");
    closeAll(ana, ben, counsellor);
  });
});
