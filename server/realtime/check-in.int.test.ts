import { describe, expect, it } from "vitest";
import { checkInAnswers } from "../../core/negotiation/testing/check-in-builders";
import { aStatement } from "../../core/negotiation/testing/builders";
import { adjustableClock } from "../time/clock";
import { agreedCouple } from "../testing/agreed-space";
import { closeAll, connectCouple, countEvents, eventTypes } from "../testing/space-clients";
import { serverForThisFile } from "../testing/server-for-file";
import { connectClient, type TestClient } from "../testing/test-server";

const clock = adjustableClock();
const file = serverForThisFile(() => ({ clock }));
const FOUR_WEEKS_MS = 28 * 24 * 60 * 60_000;

const markers = (tag: string) => ({
  felt: `FELTWORDS-${tag}-${Math.random().toString(36).slice(2)}`,
  keep: `KEEPTHIS-${tag}-${Math.random().toString(36).slice(2)}`,
  change: `CHANGETHAT-${tag}-${Math.random().toString(36).slice(2)}`,
});

function answersWith(m: ReturnType<typeof markers>) {
  return checkInAnswers({ myAlone: { kept: "partly", felt: 2, feltWords: m.felt }, together: { keep: m.keep }, inTouch: { change: m.change } });
}

function leakedMarkers(clients: TestClient[], m: ReturnType<typeof markers>): string[] {
  const frames = clients.flatMap((c) => c.frames).join("\n");
  return Object.values(m).filter((marker) => frames.includes(marker));
}

describe("check-in answers are private until the reveal (CHK4)", () => {
  it("no other client receives a byte of a check-in draft or answers before both have sent theirs", async () => {
    const couple = await agreedCouple(file.server, { counsellor: "Dr. Rivera" });
    const { ana, space } = couple;
    let ben = couple.ben;
    const counsellor = couple.counsellor!;
    const stranger = await connectClient(file.server.url, { token: (await file.server.createSpace()).tokens.partnerA });
    const observers: TestClient[] = [ben, counsellor, stranger];
    clock.advance(FOUR_WEEKS_MS + 60_000);
    const m = markers("ana");
    const full = answersWith(m);

    // Drafts, growing as someone types: the first one opens the check-in (CHK1).
    await ana.send("check-in:saveDraft", { draft: { parts: { myAlone: { feltWords: m.felt.slice(0, 12) } } } });
    expect((await ana.send("check-in:saveDraft", { draft: { parts: { myAlone: { feltWords: m.felt }, together: { keep: m.keep } } } })).ok).toBe(true);
    expect((await ana.send("check-in:saveDraft", { draft: full })).ok).toBe(true);
    await ben.waitFor(() => ben.latestView()?.checkIn.current?.statuses[ana.latestView()!.me.id] === "writing");
    // A refusal is answered to its sender alone.
    expect(await ana.send("check-in:submit", { answers: { ...full, fears: [] } })).toMatchObject({ ok: false, error: { code: "UNKNOWN_FEAR" } });
    // Send, unlock, edit, send again.
    expect((await ana.send("check-in:submit", { answers: full })).ok).toBe(true);
    await counsellor.waitFor(() => Object.values(counsellor.latestView()?.checkIn.current?.statuses ?? {}).includes("submitted"));
    expect((await ana.send("check-in:unlock", {})).ok).toBe(true);
    await ana.send("check-in:saveDraft", { draft: { ...full, parts: { ...full.parts, together: { ...full.parts.together, keep: `${m.keep} more` } } } });
    expect((await ana.send("check-in:submit", { answers: full })).ok).toBe(true);
    // Reconnects on both sides: the full view is sent again.
    ben.close();
    ben = await connectClient(file.server.url, { token: space.tokens.partnerB });
    observers.push(ben);
    await ben.waitFor(() => ben.latestView());
    const anaAgain = await connectClient(file.server.url, { token: space.tokens.partnerA });
    const anaView = await anaAgain.waitFor(() => anaAgain.latestView());
    expect(anaView.checkIn.current?.mine?.submitted?.parts.together.keep).toBe(m.keep);
    // The counsellor's attempts are refused, and echo nothing.
    expect(await counsellor.send("check-in:submit", { answers: full })).toMatchObject({ ok: false, error: { code: "NOT_ALLOWED" } });

    expect(leakedMarkers(observers, m)).toEqual([]);
    expect(ben.latestView()?.checkIn.current?.revealed).toBeNull();
    expect(counsellor.latestView()?.checkIn.current?.mine).toBeNull();

    // The reveal: now the same search must find the markers, or the test above proves nothing.
    expect((await ben.send("check-in:submit", { answers: checkInAnswers() })).ok).toBe(true);
    await ben.waitFor(() => ben.latestView()?.checkIn.current?.revealed);
    await counsellor.waitFor(() => counsellor.latestView()?.checkIn.current?.revealed);
    expect(leakedMarkers([ben], m).sort()).toEqual(Object.values(m).sort());
    expect(leakedMarkers([counsellor], m).sort()).toEqual(Object.values(m).sort());
    expect(leakedMarkers([stranger], m)).toEqual([]);
    expect(await countEvents(file.testDb.database, space.spaceId, "check-in:revealed")).toBe(1);
    closeAll(ana, anaAgain, ben, counsellor, stranger);
  });
});

describe("bad check-in input is answered clearly and writes nothing (CHK1, CHK3, CHK6)", () => {
  it("a check-in with no agreement, answers over the limits, a choice before the reveal, a counsellor answering", async () => {
    const fresh = await file.server.createSpace({ counsellor: "Dr. Rivera" });
    const early = await connectCouple(file.server.url, fresh);
    // Each first connection records a join; the snapshot is taken once all three are recorded.
    await early.ana.waitFor(() => early.ana.latestView()?.participants.every((p) => p.hasJoined));
    const before = await eventTypes(file.testDb.database, fresh.spaceId);
    expect(await early.ana.send("check-in:saveDraft", { draft: {} })).toMatchObject({ ok: false, error: { code: "NO_AGREEMENT", message: expect.stringMatching(/no agreement/) } });
    expect(await early.ana.send("check-in:request", {})).toMatchObject({ ok: false, error: { code: "NO_AGREEMENT" } });
    expect(await eventTypes(file.testDb.database, fresh.spaceId)).toEqual(before);
    closeAll(early.ana, early.ben, early.counsellor);

    const { ana, ben, counsellor, space } = await agreedCouple(file.server, { counsellor: "Dr. Rivera" });
    const agreedLog = await eventTypes(file.testDb.database, space.spaceId);
    expect(await ana.send("check-in:saveDraft", { draft: {} })).toMatchObject({
      ok: false,
      error: { code: "CHECK_IN_NOT_DUE", message: expect.stringMatching(/early one/) },
    });
    const tooLong = checkInAnswers({ together: { change: "x".repeat(301) } });
    const overLimit = await ana.send("check-in:submit", { answers: tooLong });
    expect(overLimit).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    expect(overLimit.ok === false && overLimit.error.fields).toHaveProperty(["answers.parts.together.change"]);
    expect(await ana.send("check-in:saveDraft", { draft: { parts: { myAlone: { feltWords: "nul\u0000" } } } })).toMatchObject({ ok: false });
    expect(await ana.send("check-in:choose", { choice: { kind: "keep", weeks: 13 } })).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    expect(await counsellor!.send("check-in:request", {})).toMatchObject({ ok: false, error: { code: "NOT_ALLOWED" } });
    expect(await eventTypes(file.testDb.database, space.spaceId)).toEqual(agreedLog);

    // Opened early by both: a choice before the reveal is refused, and so is a counsellor's answer.
    await ana.send("check-in:request", {});
    expect((await ben.send("check-in:answer-request", { accept: true })).ok).toBe(true);
    await ana.send("check-in:submit", { answers: checkInAnswers() });
    const opened = await eventTypes(file.testDb.database, space.spaceId);
    expect(await ana.send("check-in:choose", { choice: { kind: "adjust" } })).toMatchObject({ ok: false, error: { code: "NOT_REVEALED" } });
    expect(await counsellor!.send("check-in:saveDraft", { draft: {} })).toMatchObject({ ok: false, error: { code: "NOT_ALLOWED" } });
    expect(await eventTypes(file.testDb.database, space.spaceId)).toEqual(opened);
    closeAll(ana, ben, counsellor);
  });
});

describe("after the reveal (CHK6, CHK7)", () => {
  it("adjusting starts round 2 from the last statements, and the agreement made then is version 2", async () => {
    const { ana, ben, space } = await agreedCouple(file.server);
    await ana.send("check-in:request", {});
    await ben.send("check-in:request", {});
    await ana.send("check-in:submit", { answers: checkInAnswers() });
    await ben.send("check-in:submit", { answers: checkInAnswers() });
    expect((await ana.send("check-in:choose", { choice: { kind: "adjust" } })).ok).toBe(true);
    expect((await ben.send("check-in:choose", { choice: { kind: "adjust" } })).ok).toBe(true);
    const round2 = await ana.waitFor(() => (ana.latestView()?.round === 2 ? ana.latestView() : undefined));
    expect(round2.phase).toBe("writing");
    expect(round2.myStatement?.draft).toEqual(aStatement());
    expect(round2.checkIn.history[0]?.decision).toEqual({ kind: "adjust" });

    await ana.send("statement:submit", { statement: round2.myStatement!.draft });
    await ben.send("statement:submit", { statement: ben.latestView()!.myStatement!.draft });
    await ana.send("reflection:skip", { wantsToSkip: true });
    await ben.send("reflection:skip", { wantsToSkip: true });
    const proposals = await ana.waitFor(() => ana.latestView()?.proposals?.set?.proposals, 20_000);
    const chosen = proposals.find((p) => p.kind === "balanced")!;
    await ana.send("proposal:accept", { proposalId: chosen.id, version: chosen.version });
    await ben.send("proposal:accept", { proposalId: chosen.id, version: chosen.version });
    const agreed = await ben.waitFor(() => (ben.latestView()?.phase === "agreed" ? ben.latestView() : undefined));
    expect(agreed.proposals?.agreements.map((a) => a.version)).toEqual([1, 2]);
    expect(await countEvents(file.testDb.database, space.spaceId, "agreement:made")).toBe(2);
    closeAll(ana, ben);
  });
});
