import { describe, expect, it } from "vitest";
import type { Clock } from "../time/clock";
import { serverForThisFile } from "../testing/server-for-file";
import { connectClient } from "../testing/test-server";
import { connectWorkspace, createWorkspaceThroughApi } from "../testing/workspace-clients";

// A clock that stands still unless moved: two commands in the same instant leave the
// summary's last-activity date alike, so "changed" means something the workspace shows.
let nowMs = Date.parse("2026-12-02T18:00:00Z");
const stillClock: Clock = { now: () => new Date(nowMs), advance: (ms) => (nowMs += ms), isAdjustable: true };
const file = serverForThisFile(() => ({ clock: stillClock }));

describe("how a workspace hears of its couples", () => {
  it("WSP5: one summary frame per change it shows, none for a change it doesn't, and everything again on reconnect", async () => {
    const created = await createWorkspaceThroughApi(file.server.url);
    const workspace = await connectWorkspace(file.server.url, { token: created.token });
    const first = await workspace.createCouple("Maya", "Sam");
    const second = await workspace.createCouple("Ines", "Leo");
    const maya = await connectClient(file.server.url, { token: first.tokens.partnerA });
    const sam = await connectClient(file.server.url, { token: first.tokens.partnerB });
    const guide = await connectClient(file.server.url, { spaceId: first.spaceId, workspaceToken: created.token });
    await Promise.all([maya, sam, guide].map((c) => c.waitFor(() => c.latestView())));
    const idOf = (role: string) => first.links.find((l) => l.role === role)!.participantId;
    // Everyone's arrival is itself a change the workspace shows; count only after all three have been told.
    await workspace.waitFor(() => {
      const summary = workspace.summaries.get(first.spaceId);
      return summary?.partners.every((p) => p.hasJoined) && summary.counsellor?.hasJoined;
    });
    await workspace.waitFor(() => workspace.presence.get(first.spaceId)?.length === 3);
    const framesOfFirst = () => workspace.summaryFrames.filter((s) => s.spaceId === first.spaceId);
    const before = framesOfFirst().length;
    const framesOfSecond = () => workspace.summaryFrames.filter((s) => s.spaceId === second.spaceId).length;
    const secondBefore = framesOfSecond();

    // A change the workspace shows: Maya starts writing.
    expect(await maya.send("statement:saveDraft", { draft: { appreciation: "a" } })).toMatchObject({ ok: true });
    await workspace.waitFor(() => workspace.summaries.get(first.spaceId)?.waitingFor.find((w) => w.participantId === idOf("partnerA"))?.status === "writing");
    // Changes it doesn't show: another draft in the same instant, and a prompt (no word of either is in a summary).
    expect(await maya.send("statement:saveDraft", { draft: { appreciation: "ab" } })).toMatchObject({ ok: true });
    expect(await guide.send("prompt:send", { text: "Take a breath before you read" })).toMatchObject({ ok: true });
    // A second shown change, later: Sam starts writing. It comes after anything the two above could have sent.
    stillClock.advance(60_000);
    expect(await sam.send("statement:saveDraft", { draft: { appreciation: "b" } })).toMatchObject({ ok: true });
    await workspace.waitFor(() => workspace.summaries.get(first.spaceId)?.waitingFor.find((w) => w.participantId === idOf("partnerB"))?.status === "writing");

    const sent = framesOfFirst().slice(before);
    expect(sent).toHaveLength(2);
    expect(sent.map((s) => s.waitingFor.map((w) => w.status))).toEqual([
      ["writing", "not-started"],
      ["writing", "writing"],
    ]);
    // No other couple's summary moved because of these.
    expect(framesOfSecond()).toBe(secondBefore);

    // A reconnect gets every couple's newest summary and who is online, in its first frames.
    workspace.close();
    const again = await connectWorkspace(file.server.url, { token: created.token });
    await again.waitFor(() => again.summaries.size === 2);
    expect(again.summaries.get(first.spaceId)?.waitingFor.map((w) => w.status)).toEqual(["writing", "writing"]);
    expect(again.summaries.get(second.spaceId)?.partners.map((p) => p.name)).toEqual(["Ines", "Leo"]);
    expect([...(again.presence.get(first.spaceId) ?? [])].sort()).toEqual([idOf("partnerA"), idOf("partnerB"), guide.latestView()!.me.id].sort());
    for (const client of [maya, sam, guide, again]) client.close();
  });
});
