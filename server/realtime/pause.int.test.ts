import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aStatement } from "../../core/negotiation/testing/builders";
import { openTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { adjustableClock, type Clock } from "../time/clock";
import { closeAll, connectCouple, eventTypes } from "../testing/space-clients";
import { connectClient, startTestServer, type TestServer } from "../testing/test-server";

let testDb: TestDatabase;
let server: TestServer;
let clock: Clock;

beforeAll(async () => {
  testDb = await openTestDatabase();
  clock = adjustableClock();
  // Timers run only when the test asks (runDue), so nothing depends on real time passing.
  server = await startTestServer(testDb.database, { clock, timerIntervalMs: 3_600_000 });
});

afterAll(async () => {
  await server?.close();
  await testDb?.drop();
});

const minutesFromNow = (minutes: number) => new Date(clock.now().getTime() + minutes * 60_000).toISOString();
const advance = async (minutes: number) => {
  clock.advance(minutes * 60_000);
  await server.timers.runDue();
};

describe("pausing needs a return time (PAU1)", () => {
  it("refuses a return less than 20 minutes or more than 7 days away, saying why", async () => {
    const { ana, ben, space } = await connectCouple(server.url, await server.createSpace());
    const tooSoon = await ana.send("pause:start", { returnAt: minutesFromNow(10) });
    expect(tooSoon).toMatchObject({ ok: false, error: { code: "RETURN_TOO_SOON", message: expect.stringMatching(/20 minutes/) } });
    const tooLate = await ana.send("pause:start", { returnAt: minutesFromNow(8 * 24 * 60) });
    expect(tooLate).toMatchObject({ ok: false, error: { code: "RETURN_TOO_LATE", message: expect.stringMatching(/7 days/) } });
    expect(await ana.send("pause:start", {})).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    expect(await eventTypes(testDb.database, space.spaceId)).not.toContain("pause:started");
    // More than a day is allowed (the UI adds a gentle note).
    expect((await ana.send("pause:start", { returnAt: minutesFromNow(30 * 60) })).ok).toBe(true);
    closeAll(ana, ben);
  });
});

describe("while paused (PAU2, PAU3)", () => {
  it("everyone sees who paused, their words and the return time; only drafts still save", async () => {
    const space = await server.createSpace({ counsellor: "Dr. Rivera" });
    const { ana, ben, counsellor } = await connectCouple(server.url, space);
    const returnAt = minutesFromNow(20);
    expect((await ana.send("pause:start", { returnAt, note: "I need to clear my head" })).ok).toBe(true);
    for (const client of [ben, counsellor!]) {
      const view = await client.waitFor(() => client.latestView()?.pause.current);
      expect(view).toMatchObject({ by: ana.latestView()!.me.id, note: "I need to clear my head", returnAt });
    }
    const refused = await ben.send("statement:submit", { statement: aStatement() });
    expect(refused).toMatchObject({ ok: false, error: { code: "PAUSED", message: expect.stringMatching(/paused until/) } });
    expect(await ben.send("pause:start", { returnAt: minutesFromNow(30) })).toMatchObject({ ok: false, error: { code: "ALREADY_PAUSED" } });
    expect((await ben.send("statement:saveDraft", { draft: { appreciation: "still writing" } })).ok).toBe(true);
    expect(await eventTypes(testDb.database, space.spaceId)).not.toContain("statement:submitted");
    closeAll(ana, ben, counsellor);
  });
});

describe("resuming (PAU4, PAU5)", () => {
  it("only the one who paused may resume early", async () => {
    const { ana, ben } = await connectCouple(server.url, await server.createSpace());
    await ana.send("pause:start", { returnAt: minutesFromNow(20) });
    expect(await ben.send("pause:resume", {})).toMatchObject({ ok: false, error: { code: "NOT_ALLOWED" } });
    expect((await ana.send("pause:resume", {})).ok).toBe(true);
    const view = await ben.waitFor(() => (ben.latestView()?.pause.lastResume ? ben.latestView() : undefined));
    expect(view.pause.current).toBeNull();
    expect(view.pause.lastResume?.how).toBe("early");
    closeAll(ana, ben);
  });

  it("a different return time takes effect only when the other partner accepts", async () => {
    const { ana, ben } = await connectCouple(server.url, await server.createSpace());
    await ben.send("pause:start", { returnAt: minutesFromNow(90) });
    const earlier = minutesFromNow(30);
    expect((await ana.send("pause:propose", { returnAt: earlier })).ok).toBe(true);
    const proposal = (await ben.waitFor(() => ben.latestView()?.pause.proposal))!;
    expect(ben.latestView()!.pause.current!.returnAt).not.toBe(earlier);
    expect(await ana.send("pause:answer", { proposalId: proposal.id, accept: true })).toMatchObject({ ok: false, error: { code: "NOT_ALLOWED" } });
    expect((await ben.send("pause:answer", { proposalId: proposal.id, accept: true })).ok).toBe(true);
    await ana.waitFor(() => ana.latestView()?.pause.current?.returnAt === earlier);
    closeAll(ana, ben);
  });

  it("a counsellor's proposal needs both partners", async () => {
    const space = await server.createSpace({ counsellor: "Dr. Rivera" });
    const { ana, ben, counsellor } = await connectCouple(server.url, space);
    await ana.send("pause:start", { returnAt: minutesFromNow(120) });
    const later = minutesFromNow(60);
    await counsellor!.send("pause:propose", { returnAt: later });
    const proposal = (await ana.waitFor(() => ana.latestView()?.pause.proposal))!;
    expect(proposal.awaiting).toHaveLength(2);
    await ana.send("pause:answer", { proposalId: proposal.id, accept: true });
    expect(ana.latestView()!.pause.current!.returnAt).not.toBe(later);
    await ben.send("pause:answer", { proposalId: proposal.id, accept: true });
    await ana.waitFor(() => ana.latestView()?.pause.current?.returnAt === later);
    closeAll(ana, ben, counsellor);
  });

  it("resumes by itself at the return time; a later arrival sees that and when; more time needs consent", async () => {
    const space = await server.createSpace();
    const { ana, ben } = await connectCouple(server.url, space);
    await ana.send("pause:start", { returnAt: minutesFromNow(20) });
    await advance(19);
    expect(ana.latestView()!.pause.current).not.toBeNull();
    await advance(2);
    await ana.waitFor(() => ana.latestView()?.pause.lastResume?.how === "return-time");
    await ben.waitFor(() => ben.latestView()?.pause.current === null);

    const late = await connectClient(server.url, { token: space.tokens.partnerB });
    const lateView = await late.waitFor(() => late.latestView());
    expect(lateView.pause.lastResume).toMatchObject({ how: "return-time", at: expect.any(String) });
    expect(lateView.pause.timeline.map((e) => e.kind)).toEqual(["paused", "resumed"]);

    // Not ready yet: Ben asks for more time right then; it pauses again once Ana agrees.
    expect((await ben.send("pause:propose", { returnAt: minutesFromNow(30), note: "I need a bit longer" })).ok).toBe(true);
    const proposal = (await ana.waitFor(() => ana.latestView()?.pause.proposal))!;
    expect(proposal.kind).toBe("more-time");
    expect((await ana.send("pause:answer", { proposalId: proposal.id, accept: true })).ok).toBe(true);
    await ana.waitFor(() => ana.latestView()?.pause.current?.note === "I need a bit longer");
    closeAll(ana, ben, late);
  });

  it("a timer that fires twice resumes once", async () => {
    const space = await server.createSpace();
    const { ana, ben } = await connectCouple(server.url, space);
    await ana.send("pause:start", { returnAt: minutesFromNow(25) });
    clock.advance(26 * 60_000);
    await Promise.all([server.timers.runDue(), server.timers.runDue(), server.timers.runDue()]);
    const types = await eventTypes(testDb.database, space.spaceId);
    expect(types.filter((t) => t === "pause:ended")).toHaveLength(1);
    closeAll(ana, ben);
  });
});
