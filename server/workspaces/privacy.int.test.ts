import { describe, expect, it } from "vitest";
import { aFear, aNeed, aStatement } from "../../core/negotiation/testing/builders";
import { serverForThisFile } from "../testing/server-for-file";
import { connectClient, connectionRefusal, type TestClient } from "../testing/test-server";
import { connectWorkspace, createWorkspaceThroughApi } from "../testing/workspace-clients";
import { loadEvents } from "../../db/event-log";

const logLines: string[] = [];
const file = serverForThisFile(() => ({ logLines }));

// Words that appear only in one partner's draft or statement, or in a counsellor's note.
const DRAFT_WORDS = "DRAFT-lantern-harbour";
const MAYA_WORDS = "SEALED-maya-orchard";
const SAM_WORDS = "SEALED-sam-glacier";
const NOTE_WORDS = "NOTE-private-compass";

describe("what reaches whom through a whole facilitated session", () => {
  it("REV1, WSP1, WSP3: no draft or statement reaches the counsellor before the reveal, and no note ever reaches a partner", async () => {
    const created = await createWorkspaceThroughApi(file.server.url);
    const workspace = await connectWorkspace(file.server.url, { token: created.token });
    const space = await workspace.createCouple("Maya", "Sam");
    const guide = await connectClient(file.server.url, { spaceId: space.spaceId, workspaceToken: created.token });
    const maya = await connectClient(file.server.url, { token: space.tokens.partnerA });
    const sam = await connectClient(file.server.url, { token: space.tokens.partnerB });
    await Promise.all([guide, maya, sam].map((c) => c.waitFor(() => c.latestView())));
    const ok = async (client: { send: TestClient["send"] }, type: string, payload: unknown) => {
      const ack = await client.send(type, payload);
      expect(ack, `${type}`).toMatchObject({ ok: true });
    };

    await ok(guide, "timer:start", { step: "write", minutes: 20 });
    await ok(guide, "prompt:send", { text: "Start with what you appreciate" });
    await ok(guide, "step:hold", { step: "proposals" });
    await ok(workspace, "note:write", { spaceId: space.spaceId, text: `${NOTE_WORDS} before the reveal` });
    await ok(maya, "statement:saveDraft", { draft: { appreciation: DRAFT_WORDS } });
    await ok(maya, "statement:submit", { statement: aStatement({ appreciation: MAYA_WORDS, needs: [aNeed({ label: MAYA_WORDS })] }) });
    await ok(sam, "statement:saveDraft", { draft: { appreciation: `${SAM_WORDS} draft` } });
    await workspace.waitFor(() => workspace.summaries.get(space.spaceId)?.waitingFor.length === 1);

    // Up to here, nothing of what the partners wrote has reached the counsellor, by any socket.
    const counsellorFramesBefore = [...guide.frames, ...workspace.frames].join("\n");
    for (const words of [DRAFT_WORDS, MAYA_WORDS, SAM_WORDS]) expect(counsellorFramesBefore).not.toContain(words);

    await ok(sam, "statement:submit", { statement: aStatement({ appreciation: SAM_WORDS, fears: [aFear({ words: SAM_WORDS })] }) });
    const revealed = await guide.waitFor(() => guide.latestView()?.revealed);
    expect(JSON.stringify(revealed)).toContain(MAYA_WORDS);
    await ok(guide, "spotlight:set", { target: { kind: "statement", participantId: space.links[1]!.participantId, part: "fears", index: 0 } });
    await ok(maya, "reflection:skip", { wantsToSkip: true });
    await ok(sam, "reflection:skip", { wantsToSkip: true });
    await ok(guide, "step:release", { step: "proposals" });
    await ok(workspace, "note:write", { spaceId: space.spaceId, text: `${NOTE_WORDS} after the reveal` });
    await maya.waitFor(() => maya.latestView()?.phase === "proposing");
    await workspace.waitFor(() => workspace.summaries.get(space.spaceId)?.step === "proposing");

    // The workspace never carries sealed words, not even after the reveal: it has summaries only.
    const workspaceFrames = workspace.frames.join("\n");
    for (const words of [DRAFT_WORDS, MAYA_WORDS, SAM_WORDS]) expect(workspaceFrames).not.toContain(words);
    // Notes: in the workspace's frames, and in no frame of any space socket, the counsellor's included.
    expect(workspaceFrames).toContain(NOTE_WORDS);
    for (const client of [maya, sam, guide]) expect(client.frames.join("\n")).not.toContain(NOTE_WORDS);
    // Nor in the space's log.
    expect(JSON.stringify(await loadEvents(file.testDb.database.db, space.spaceId))).not.toContain(NOTE_WORDS);
    // A draft is its author's alone, always.
    for (const client of [sam, guide]) expect(client.frames.join("\n")).not.toContain(DRAFT_WORDS);
    // The server's log, at every level, holds no names, words, notes or tokens.
    const log = logLines.join("\n");
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [DRAFT_WORDS, MAYA_WORDS, SAM_WORDS, NOTE_WORDS, "Maya", "Dr. Rivera", "Start with what you appreciate", created.token, space.tokens.partnerA]) {
      expect(log).not.toContain(secret);
    }
    for (const client of [maya, sam, guide, workspace]) client.close();
  });
});

describe("a counsellor the couple invites, and removes", () => {
  it("CNS1, CNS2: both agree, the counsellor adds the space by their link, then either partner removes them and it all ends", async () => {
    const space = await file.server.createSpace({ partnerA: "Maya", partnerB: "Sam" });
    const maya = await connectClient(file.server.url, { token: space.tokens.partnerA });
    const sam = await connectClient(file.server.url, { token: space.tokens.partnerB });
    await Promise.all([maya, sam].map((c) => c.waitFor(() => c.latestView())));
    expect(await maya.send("counsellor:invite", { name: "Dr. Rivera" })).toMatchObject({ ok: true });
    const invite = await sam.waitFor(() => sam.latestView()?.counsellorInvite);
    expect(await sam.send("counsellor:answer", { inviteId: invite!.id, accept: true })).toMatchObject({ ok: true });
    const counsellor = await maya.waitFor(() => maya.latestView()?.participants.find((p) => p.role === "counsellor"));
    // Either partner makes the counsellor's link (they haven't arrived yet) and hands it over.
    const renewed = await maya.send("link:renew", { participantId: counsellor.id });
    const link = (renewed.ok && (renewed.result as { link: string }).link) || "";
    // A partner's link cannot be added to a workspace.
    const created = await createWorkspaceThroughApi(file.server.url);
    const workspace = await connectWorkspace(file.server.url, { token: created.token });
    expect(await workspace.send("space:add-by-link", { link: `${file.server.url}/j/${space.tokens.partnerB}` })).toMatchObject({ ok: false, error: { code: "NOT_GUIDED" } });
    expect(await workspace.send("space:add-by-link", { link })).toMatchObject({ ok: true });
    await workspace.waitFor(() => workspace.summaries.get(space.spaceId)?.isGuided);
    const guide = await connectClient(file.server.url, { spaceId: space.spaceId, workspaceToken: created.token });
    await guide.waitFor(() => guide.latestView());

    const disconnected = new Promise<void>((resolve) => guide.socket.once("disconnect", () => resolve()));
    expect(await sam.send("counsellor:remove", { participantId: counsellor.id })).toMatchObject({ ok: true });
    await disconnected;
    const ended = await workspace.waitFor(() => (workspace.summaries.get(space.spaceId)?.isGuided === false ? workspace.summaries.get(space.spaceId) : undefined));
    expect(ended).toMatchObject({ step: null, waitingFor: [], lastActivityAt: null });
    expect(ended.endedAt).not.toBeNull();
    expect((await connectionRefusal(file.server.url, { spaceId: space.spaceId, workspaceToken: created.token })).code).toBe("NOT_GUIDED");
    expect((await connectionRefusal(file.server.url, { token: link.split("/j/")[1] })).code).toBe("AUTH_REVOKED");
    const timeline = (await maya.waitFor(() => maya.latestView()?.timeline.counsellor.find((e) => e.kind === "removed") && maya.latestView()))!.timeline.counsellor;
    expect(timeline.map((e) => e.kind)).toEqual(["invite-proposed", "invited", "removed"]);
    for (const client of [maya, sam, workspace]) client.close();
  });
});

describe("bad facilitation input", () => {
  it("FAC4, FAC1, FAC2: a prompt over the limit or empty, a hold from a partner and a timer started or extended while paused are refused with a clear error, nothing written", async () => {
    const created = await createWorkspaceThroughApi(file.server.url);
    const workspace = await connectWorkspace(file.server.url, { token: created.token });
    const space = await workspace.createCouple();
    const guide = await connectClient(file.server.url, { spaceId: space.spaceId, workspaceToken: created.token });
    const maya = await connectClient(file.server.url, { token: space.tokens.partnerA });
    await Promise.all([guide, maya].map((c) => c.waitFor(() => c.latestView())));
    const count = async () => (await loadEvents(file.testDb.database.db, space.spaceId)).length;
    const before = await count();

    const long = await guide.send("prompt:send", { text: "x".repeat(201) });
    expect(long).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    expect(!long.ok && long.error.message).toMatch(/200 characters/);
    const empty = await guide.send("prompt:send", { text: "   " });
    expect(empty).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    const fromPartner = await maya.send("step:hold", { step: "proposals" });
    expect(fromPartner).toMatchObject({ ok: false, error: { code: "NOT_ALLOWED" } });
    expect(!fromPartner.ok && fromPartner.error.message).toMatch(/Only the counsellor/);
    expect(await maya.send("prompt:send", { text: "Take a breath" })).toMatchObject({ ok: false, error: { code: "NOT_ALLOWED" } });
    expect(await guide.send("step:hold", { step: "write" })).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    expect(await count()).toBe(before);

    // A timer running when the pause starts can be neither extended nor started again until they are back.
    expect(await guide.send("timer:start", { step: "write", minutes: 20 })).toMatchObject({ ok: true });
    const returnAt = new Date(file.server.clock.now().getTime() + 30 * 60_000).toISOString();
    expect(await maya.send("pause:start", { returnAt })).toMatchObject({ ok: true });
    const paused = await count();
    const timer = await guide.send("timer:start", { step: "write", minutes: 10 });
    expect(timer).toMatchObject({ ok: false, error: { code: "PAUSED" } });
    expect(!timer.ok && timer.error.message.length).toBeGreaterThan(10);
    expect(await guide.send("timer:extend", { minutes: 5 })).toMatchObject({ ok: false, error: { code: "PAUSED" } });
    expect(await count()).toBe(paused);
    for (const client of [guide, maya, workspace]) client.close();
  });
});
