import { describe, expect, it } from "vitest";
import { serverForThisFile } from "../testing/server-for-file";
import { aNeed, aStatement } from "../../core/negotiation/testing/builders";
import { closeAll, connectCouple, countEvents, eventTypes, submitBothAtOnce } from "../testing/space-clients";
import { connectClient, type TestClient } from "../testing/test-server";

const file = serverForThisFile();

const markers = (tag: string) => ({
  appreciation: `APPRECIATION-${tag}-${Math.random().toString(36).slice(2)}`,
  need: `NEEDLABEL-${tag}-${Math.random().toString(36).slice(2)}`,
  fear: `FEARWORDS-${tag}-${Math.random().toString(36).slice(2)}`,
  reassurance: `REASSURE-${tag}-${Math.random().toString(36).slice(2)}`,
});

function statementWith(m: ReturnType<typeof markers>) {
  return aStatement({
    appreciation: m.appreciation,
    needs: [aNeed({ label: m.need })],
    fears: [{ kind: "trust", intensity: 4, words: m.fear }],
    reassurance: { frequency: "once-midway", channel: "call", words: m.reassurance },
  });
}

function leakedMarkers(clients: TestClient[], m: ReturnType<typeof markers>): string[] {
  const frames = clients.flatMap((c) => c.frames).join("\n");
  return Object.values(m).filter((marker) => frames.includes(marker));
}

describe("privacy before the reveal (REV1)", () => {
  it("no other client receives any part of a draft or statement before both have submitted", async () => {
    const space = await file.server.createSpace({ counsellor: "Dr. Rivera" });
    const couple = await connectCouple(file.server.url, space);
    const { ana } = couple;
    let ben = couple.ben;
    const counsellor = couple.counsellor!;
    const stranger = await connectClient(file.server.url, { token: (await file.server.createSpace()).tokens.partnerA });
    const observers: TestClient[] = [ben, counsellor, stranger];
    const m = markers("ana");
    const full = statementWith(m);

    // Drafts, growing as someone types.
    await ana.send("statement:saveDraft", { draft: { appreciation: m.appreciation.slice(0, 12) } });
    await ana.send("statement:saveDraft", { draft: { appreciation: m.appreciation, needs: [{ label: m.need }] } });
    expect((await ana.send("statement:saveDraft", { draft: { ...full } })).ok).toBe(true);
    // Errors that echo nothing to others.
    const invalid = await ana.send("statement:submit", { statement: { ...full, needs: [] } });
    expect(invalid).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    // Submit, unlock, edit, submit again.
    expect((await ana.send("statement:submit", { statement: full })).ok).toBe(true);
    await ben.waitFor(() => ben.latestView()?.participants.find((p) => p.name === "Ana")?.statementStatus === "submitted");
    expect((await ana.send("statement:unlock", {})).ok).toBe(true);
    await ana.send("statement:saveDraft", { draft: { ...full, appreciation: `${m.appreciation} and more` } });
    expect((await ana.send("statement:submit", { statement: full })).ok).toBe(true);
    // Reconnects on both sides: the full view is sent again.
    ben.close();
    ben = await connectClient(file.server.url, { token: space.tokens.partnerB });
    observers.push(ben);
    await ben.waitFor(() => ben.latestView());
    const anaAgain = await connectClient(file.server.url, { token: space.tokens.partnerA });
    expect((await anaAgain.waitFor(() => anaAgain.latestView())).myStatement?.submitted?.appreciation).toBe(m.appreciation);
    // A partner's own mistakes are answered to them alone.
    await ben.send("statement:unlock", {});
    await ben.send("reflection:offer", { need: "x", fear: "y" });

    expect(leakedMarkers(observers, m)).toEqual([]);
    const benStatus = ben.latestView()!.participants.find((p) => p.name === "Ana")!.statementStatus;
    expect(benStatus).toBe("submitted");

    // The reveal: now the same search must find the markers, or the test above proves nothing.
    expect((await ben.send("statement:submit", { statement: aStatement() })).ok).toBe(true);
    await ben.waitFor(() => ben.latestView()?.revealed);
    await counsellor.waitFor(() => counsellor.latestView()?.revealed);
    expect(leakedMarkers([ben], m).sort()).toEqual(Object.values(m).sort());
    expect(leakedMarkers([stranger], m)).toEqual([]);
    closeAll(ana, anaAgain, ben, counsellor, stranger);
  });

  it("the counsellor sees statuses, not content, and cannot write or trigger a reveal", async () => {
    const space = await file.server.createSpace({ counsellor: "Dr. Rivera" });
    const { ana, ben, counsellor } = await connectCouple(file.server.url, space);
    const attempt = await counsellor!.send("statement:submit", { statement: aStatement() });
    expect(attempt).toMatchObject({ ok: false, error: { code: "NOT_ALLOWED" } });
    expect((await counsellor!.send("statement:saveDraft", { draft: {} })).ok).toBe(false);
    expect(counsellor!.latestView()?.myStatement).toBeNull();
    expect(await eventTypes(file.testDb.database, space.spaceId)).not.toContain("statement:submitted");
    closeAll(ana, ben, counsellor);
  });
});

describe("the simultaneous reveal (REV2)", () => {
  it("reveals exactly once per round when both submit at the same instant, many times over", async () => {
    for (let repetition = 0; repetition < 25; repetition++) {
      const space = await file.server.createSpace();
      const { ana, ben } = await connectCouple(file.server.url, space);
      const acks = await submitBothAtOnce(ana, ben);
      expect(acks.every((ack) => ack.ok)).toBe(true);
      expect(await countEvents(file.testDb.database, space.spaceId, "statements:revealed")).toBe(1);
      expect(await countEvents(file.testDb.database, space.spaceId, "statement:submitted")).toBe(2);
      await ana.waitFor(() => ana.latestView()?.revealed?.statements.length === 2);
      await ben.waitFor(() => ben.latestView()?.revealed?.statements.length === 2);
      closeAll(ana, ben);
    }
  });

  it("after the reveal a statement can no longer be unlocked, changed or submitted again", async () => {
    const space = await file.server.createSpace();
    const { ana, ben } = await connectCouple(file.server.url, space);
    await ana.send("statement:submit", { statement: aStatement() });
    await ben.send("statement:submit", { statement: aStatement() });
    for (const [type, payload] of [
      ["statement:unlock", {}],
      ["statement:saveDraft", { draft: {} }],
      ["statement:submit", { statement: aStatement() }],
    ] as const) {
      expect(await ana.send(type, payload)).toMatchObject({ ok: false, error: { code: "WRONG_PHASE" } });
    }
    closeAll(ana, ben);
  });
});

describe("drafts (DRF1)", () => {
  it("a draft survives a reconnect and another device, and is visible only to its author", async () => {
    const space = await file.server.createSpace();
    const { ana, ben } = await connectCouple(file.server.url, space);
    await ana.send("statement:saveDraft", { draft: { appreciation: "Your calm", needs: [{ label: "Reading" }] } });
    ana.close();
    const otherDevice = await connectClient(file.server.url, { token: space.tokens.partnerA });
    const view = await otherDevice.waitFor(() => otherDevice.latestView());
    expect(view.myStatement?.draft).toEqual({ appreciation: "Your calm", needs: [{ label: "Reading" }] });
    await ben.waitFor(() => ben.latestView()?.participants.find((p) => p.name === "Ana")?.statementStatus === "writing");
    expect(ben.latestView()?.myStatement?.draft).toBeNull();
    closeAll(otherDevice, ben);
  });
});

describe("idempotent commands (INP2)", () => {
  it("a submit retried with the same id after a dropped connection applies once", async () => {
    const space = await file.server.createSpace();
    const { ana, ben } = await connectCouple(file.server.url, space);
    // The connection drops right after sending: the ack may never arrive.
    ana.socket.emit("command", { id: "submit-once-123", type: "statement:submit", payload: { statement: aStatement() } }, () => {});
    ana.close();
    const again = await connectClient(file.server.url, { token: space.tokens.partnerA });
    await again.waitFor(() => again.latestView());
    const retry = await again.send("statement:submit", { statement: aStatement() }, "submit-once-123");
    expect(retry.ok).toBe(true);
    const retryAgain = await again.send("statement:submit", { statement: aStatement() }, "submit-once-123");
    expect(retryAgain).toMatchObject({ ok: true, duplicate: true });
    const types = await eventTypes(file.testDb.database, space.spaceId);
    expect(types.filter((t) => t === "statement:submitted")).toHaveLength(1);
    closeAll(again, ben);
  });
});

describe("bad statements are answered clearly and write nothing (INP1)", () => {
  it.each([
    ["hours out of range", { needs: [aNeed({ minHoursPerWeek: 90 })] }, "statement.needs.0.minHoursPerWeek"],
    ["an ideal below the minimum", { needs: [aNeed({ minHoursPerWeek: 6, idealHoursPerWeek: 2 })] }, "statement.needs.0.idealHoursPerWeek"],
    ["a priority of the wrong type", { needs: [aNeed({ priority: "high" as never })] }, "statement.needs.0.priority"],
    ["nine needs", { needs: Array.from({ length: 9 }, (_, i) => aNeed({ id: `n${i}` })) }, "statement.needs"],
    ["a broken availability grid", { busy: "2".repeat(336) }, "statement.busy"],
    ["an empty appreciation", { appreciation: "  " }, "statement.appreciation"],
  ])("refuses %s with INVALID_PAYLOAD naming the field", async (_label, change, field) => {
    const space = await file.server.createSpace();
    const ana = await connectClient(file.server.url, { token: space.tokens.partnerA });
    await ana.waitFor(() => ana.latestView());
    const ack = await ana.send("statement:submit", { statement: { ...aStatement(), ...change } });
    expect(ack).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    expect(ack.ok === false && ack.error.fields).toHaveProperty([field]);
    expect(await eventTypes(file.testDb.database, space.spaceId)).toEqual(["space:created", "participant:joined"]);
    ana.close();
  });

  it("refuses reflecting before the reveal with WRONG_PHASE", async () => {
    const space = await file.server.createSpace();
    const ana = await connectClient(file.server.url, { token: space.tokens.partnerA });
    await ana.waitFor(() => ana.latestView());
    expect(await ana.send("reflection:offer", { need: "time", fear: "" })).toMatchObject({ ok: false, error: { code: "WRONG_PHASE" } });
    ana.close();
  });
});
