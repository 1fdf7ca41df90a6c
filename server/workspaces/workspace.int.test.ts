import { describe, expect, it } from "vitest";
import { serverForThisFile } from "../testing/server-for-file";
import { connectClient, connectionRefusal, TEST_ORIGIN } from "../testing/test-server";
import { connectWorkspace, createWorkspaceThroughApi, workspaceRefusal } from "../testing/workspace-clients";
import { loadEvents } from "../../db/event-log";
import { loadWorkspaceEvents } from "../../db/workspaces";
import { WORKSPACE_COOKIE } from "../../core/protocol/handshake";
import type { TDeviceCode } from "../../core/protocol/device-code";

const file = serverForThisFile();

describe("a counsellor's workspace", () => {
  it("WSP2: a couple's space created from the workspace has its counsellor in it and is listed live", async () => {
    const created = await createWorkspaceThroughApi(file.server.url);
    const workspace = await connectWorkspace(file.server.url, { token: created.token });
    expect(workspace.latestView()).toMatchObject({ counsellorName: "Dr. Rivera", spaces: [] });
    const space = await workspace.createCouple("Maya", "Sam");
    await workspace.waitFor(() => workspace.latestView()?.spaces.some((s) => s.spaceId === space.spaceId));
    const first = await workspace.waitFor(() => workspace.summaries.get(space.spaceId));
    expect(first).toMatchObject({ isGuided: true, step: "writing", partners: [{ name: "Maya" }, { name: "Sam" }] });
    expect(first.waitingFor.map((w) => w.status)).toEqual(["not-started", "not-started"]);

    // The counsellor opens the space through the workspace: they are its counsellor.
    const guide = await connectClient(file.server.url, { spaceId: space.spaceId, workspaceToken: created.token });
    expect((await guide.waitFor(() => guide.latestView())).me).toMatchObject({ role: "counsellor", name: "Dr. Rivera" });

    const maya = await connectClient(file.server.url, { token: space.tokens.partnerA });
    const mayaId = space.links.find((l) => l.role === "partnerA")!.participantId;
    await workspace.waitFor(() => workspace.presence.get(space.spaceId)?.includes(mayaId));
    await maya.send("statement:saveDraft", { draft: { appreciation: "x" } });
    await workspace.waitFor(() => workspace.summaries.get(space.spaceId)?.waitingFor.find((w) => w.participantId === mayaId)?.status === "writing");
    closeAll(maya, guide, workspace);
  });

  it("WSP4: a partner's link never opens a workspace, and a workspace opens only the spaces it guides", async () => {
    const created = await createWorkspaceThroughApi(file.server.url);
    const other = await file.server.createSpace({ counsellor: "Dr. Lee" });
    expect((await workspaceRefusal(file.server.url, { token: other.tokens.partnerA })).code).toBe("AUTH_UNKNOWN");
    expect((await workspaceRefusal(file.server.url, { token: other.tokens.counsellor })).code).toBe("AUTH_UNKNOWN");
    const refused = await connectionRefusal(file.server.url, { spaceId: other.spaceId, workspaceToken: created.token });
    expect(refused.code).toBe("NOT_GUIDED");
    expect(refused.message).toMatch(/isn’t one you guide/);
    // The same through the browser's cookie.
    const byCookie = await connectionRefusal(file.server.url, { spaceId: other.spaceId }, { cookie: `${WORKSPACE_COOKIE}=${created.token}`, origin: TEST_ORIGIN });
    expect(byCookie.code).toBe("NOT_GUIDED");
    // A workspace token is not a space's link either.
    expect((await connectionRefusal(file.server.url, { token: created.token })).code).toBe("AUTH_UNKNOWN");
    // Nothing was written to the other space by trying.
    expect((await loadEvents(file.testDb.database.db, other.spaceId)).map((e) => e.type)).toEqual(["space:created"]);
  });

  it("a workspace link signs a device in and a partner's link is not a workspace link (WSP4)", async () => {
    const created = await createWorkspaceThroughApi(file.server.url);
    const opened = await fetch(`${file.server.url}/w/${created.token}`, { redirect: "manual" });
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe("/workspace");
    expect(opened.headers.get("set-cookie")).toContain(`${WORKSPACE_COOKIE}=${created.token}`);
    const space = await file.server.createSpace();
    const wrong = await fetch(`${file.server.url}/w/${space.tokens.partnerA}`, { redirect: "manual" });
    expect(wrong.headers.get("location")).toMatch(/^\/link-problem\?reason=unknown/);
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });
});

describe("notes", () => {
  it("WSP3: notes are dated, editable and deletable, for a couple the workspace guides only", async () => {
    const created = await createWorkspaceThroughApi(file.server.url);
    const workspace = await connectWorkspace(file.server.url, { token: created.token });
    const space = await workspace.createCouple();
    expect(await workspace.send("note:write", { spaceId: space.spaceId, text: "Sam went quiet at the fears." })).toMatchObject({ ok: true });
    const note = await workspace.waitFor(() => workspace.latestView()?.notes[0]);
    expect(note).toMatchObject({ spaceId: space.spaceId, text: "Sam went quiet at the fears.", editedAt: null });
    expect(Date.parse(note.writtenAt)).not.toBeNaN();
    await workspace.send("note:edit", { noteId: note.id, text: "Sam went quiet at the fears; ask next week." });
    await workspace.waitFor(() => workspace.latestView()?.notes[0]?.editedAt);
    await workspace.send("note:delete", { noteId: note.id });
    await workspace.waitFor(() => workspace.latestView()?.notes.length === 0);
    workspace.close();
  });

  it("bad input: a note over the limit or about a space not guided is refused, and nothing is written", async () => {
    const created = await createWorkspaceThroughApi(file.server.url);
    const workspace = await connectWorkspace(file.server.url, { token: created.token });
    const space = await workspace.createCouple();
    const before = (await loadWorkspaceEvents(file.testDb.database.db, created.workspaceId)).length;
    const tooLong = await workspace.send("note:write", { spaceId: space.spaceId, text: "a".repeat(4001) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    expect(!tooLong.ok && tooLong.error.message).toMatch(/4000 characters/);
    const stranger = await file.server.createSpace();
    const notGuided = await workspace.send("note:write", { spaceId: stranger.spaceId, text: "hello" });
    expect(notGuided).toMatchObject({ ok: false, error: { code: "NOT_GUIDED" } });
    expect((await workspace.send("note:edit", { noteId: "999", text: "x" })).ok).toBe(false);
    expect((await loadWorkspaceEvents(file.testDb.database.db, created.workspaceId)).length).toBe(before);
    workspace.close();
  });
});

function closeAll(...clients: { close: () => void }[]): void {
  for (const client of clients) client.close();
}

describe("a workspace's links, like a partner's", () => {
  it("WSP6: a new link signs out every open connection of the old one, its list and the spaces it opened", async () => {
    const created = await createWorkspaceThroughApi(file.server.url);
    const workspace = await connectWorkspace(file.server.url, { token: created.token });
    const space = await workspace.createCouple();
    const guide = await connectClient(file.server.url, { spaceId: space.spaceId, workspaceToken: created.token });
    await guide.waitFor(() => guide.latestView());
    const closed = Promise.all([workspace.socket, guide.socket].map((socket) => new Promise<void>((resolve) => (socket as { once: (e: string, f: () => void) => void }).once("disconnect", () => resolve()))));
    const renewed = await fetch(`${file.server.url}/api/workspaces/renew`, { method: "POST", headers: { cookie: `${WORKSPACE_COOKIE}=${created.token}` } });
    expect(renewed.status).toBe(200);
    const { link } = (await renewed.json()) as { link: string };
    expect(renewed.headers.get("set-cookie")).toContain(link.split("/w/")[1]);
    await closed;
    const refused = await workspaceRefusal(file.server.url, { token: created.token });
    expect(refused.code).toBe("AUTH_REVOKED");
    // Said as a workspace's sign-in, with the way back: not a partner's space link.
    expect(refused.message).toContain("signed out of your workspace");
    expect(refused.message).toContain("recovery code");
    expect(refused.message).not.toContain("space.");
    const again = await connectWorkspace(file.server.url, { token: link.split("/w/")[1]! });
    expect(again.latestView()?.spaces).toHaveLength(1);
    again.close();
  });

  it("WSP6: every device lost, the recovery code makes a new link once, and a new code", async () => {
    const response = await fetch(`${file.server.url}/api/workspaces`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ counsellorName: "Dr. Okafor" }),
    });
    const created = (await response.json()) as { link: string; recoveryCode: string };
    const recover = (recoveryCode: string) =>
      fetch(`${file.server.url}/api/workspaces/recover`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ recoveryCode }) });
    const first = await recover(created.recoveryCode);
    expect(first.status).toBe(200);
    const recovered = (await first.json()) as { link: string; recoveryCode: string };
    expect(recovered.recoveryCode).not.toBe(created.recoveryCode);
    expect((await workspaceRefusal(file.server.url, { token: created.link.split("/w/")[1] })).code).toBe("AUTH_REVOKED");
    const workspace = await connectWorkspace(file.server.url, { token: recovered.link.split("/w/")[1]! });
    expect(workspace.latestView()?.counsellorName).toBe("Dr. Okafor");
    workspace.close();
    const spent = await recover(created.recoveryCode);
    expect(spent.status).toBe(410);
    expect(((await spent.json()) as { error: { message: string } }).error.message).toMatch(/used already/);
    expect((await recover("not a code")).status).toBe(400);
    // A partner's link is no recovery code.
    const space = await file.server.createSpace();
    expect((await recover(space.tokens.partnerA)).status).toBe(404);
  });
});

describe("another device for a workspace", () => {
  it("WSP7: a code from a signed-in device adds another once, both stay signed in, and a new link signs both out", async () => {
    const created = await createWorkspaceThroughApi(file.server.url);
    const cookie = `${WORKSPACE_COOKIE}=${created.token}`;
    const makeCode = (headers: Record<string, string>) => fetch(`${file.server.url}/api/workspaces/device-codes`, { method: "POST", headers });
    const redeem = (code: string) =>
      fetch(`${file.server.url}/api/device-codes/redeem`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code }) });

    // Only a device signed in to a workspace makes one; a partner's key is no workspace key.
    expect((await makeCode({})).status).toBe(401);
    const space = await file.server.createSpace();
    expect((await makeCode({ cookie: `${WORKSPACE_COOKIE}=${space.tokens.partnerA}` })).status).toBe(401);

    const made = await makeCode({ cookie });
    expect(made.status).toBe(201);
    const { code, url } = (await made.json()) as TDeviceCode;
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(url).toMatch(new RegExp(`/add-device#${code.replace("-", "")}$`));
    const used = await redeem(code);
    expect(used.status).toBe(200);
    expect(await used.json()).toEqual({ workspaceId: created.workspaceId, path: "/workspace" });
    const deviceToken = /br_workspace=([^;]+)/.exec(used.headers.get("set-cookie") ?? "")?.[1] ?? "";
    expect(deviceToken).not.toBe(created.token);

    // Both devices are in, each with its own key.
    const first = await connectWorkspace(file.server.url, { token: created.token });
    const second = await connectWorkspace(file.server.url, { token: deviceToken });
    expect(second.latestView()?.counsellorName).toBe("Dr. Rivera");
    // Once only, with a clear word.
    const again = await redeem(code);
    expect(again.status).toBe(410);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe("CODE_USED");

    // A new link signs out every device, the added one too.
    const closed = Promise.all([first, second].map((c) => new Promise<void>((resolve) => c.socket.once("disconnect", () => resolve()))));
    expect((await fetch(`${file.server.url}/api/workspaces/renew`, { method: "POST", headers: { cookie } })).status).toBe(200);
    await closed;
    expect((await workspaceRefusal(file.server.url, { token: deviceToken })).code).toBe("AUTH_REVOKED");
  });
});
