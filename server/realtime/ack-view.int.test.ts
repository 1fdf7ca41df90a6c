import { describe, expect, it } from "vitest";
import { aStatement } from "../../core/negotiation/testing/builders";
import type { TSpaceView } from "../../core/negotiation/view";
import { serverForThisFile } from "../testing/server-for-file";
import { closeAll, connectCouple } from "../testing/space-clients";
import { connectClient, waitUntil, type TestClient } from "../testing/test-server";

const file = serverForThisFile();

/** The `view` event frames a client received (acks are recorded apart, as "ack"). */
function viewFrames(client: TestClient): TSpaceView[] {
  return client.frames.map((f) => JSON.parse(f) as [string, TSpaceView]).filter(([event]) => event === "view").map(([, view]) => view);
}

describe("the sender's own view rides in its ack", () => {
  it("answers a change with the sender's new view; that connection gets no separate view, everyone else does", async () => {
    const space = await file.server.createSpace();
    const { ana, ben } = await connectCouple(file.server.url, space);
    const anaPhone = await connectClient(file.server.url, { token: space.tokens.partnerA });
    await anaPhone.waitFor(() => anaPhone.latestView());
    const viewsBefore = viewFrames(ana).length;

    const ack = await ana.send("statement:saveDraft", { draft: { appreciation: "Your calm." } });

    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.view?.seq).toBe(ack.seq);
    expect(ack.view?.myStatement?.draft).toMatchObject({ appreciation: "Your calm." });
    expect(ack.view?.sentAt).toEqual(expect.any(String));
    // Ana's other device and Ben hear of it as usual.
    await anaPhone.waitFor(() => anaPhone.latestView()?.myStatement?.draft?.appreciation === "Your calm.");
    await ben.waitFor(() => ben.latestView()?.seq === ack.seq);
    expect(ben.latestView()?.participants.find((p) => p.role === "partnerA")?.statementStatus).toBe("writing");
    // Give a stray frame time to arrive before asserting there was none.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(viewFrames(ana).slice(viewsBefore).filter((v) => v.seq >= ack.seq)).toEqual([]);
    closeAll(ana, ben, anaPhone);
  });

  it("the second submit's ack is the reveal, and the partner's view is too", async () => {
    const space = await file.server.createSpace();
    const { ana, ben } = await connectCouple(file.server.url, space);
    expect((await ana.send("statement:submit", { statement: aStatement() })).ok).toBe(true);

    const ack = await ben.send("statement:submit", { statement: aStatement({ appreciation: "Your patience." }) });

    expect(ack.ok && ack.view?.revealed?.statements.map((s) => s.statement.appreciation)).toContain("Your patience.");
    await waitUntil(() => viewFrames(ana).some((v) => v.revealed?.statements.length === 2));
    closeAll(ana, ben);
  });

  it("a retried command is a duplicate that still brings the current view, in case the first ack was lost", async () => {
    const space = await file.server.createSpace();
    const { ana, ben } = await connectCouple(file.server.url, space);
    const first = await ana.send("statement:saveDraft", { draft: { appreciation: "Once." } }, "retry-draft-0001");
    await ben.send("statement:saveDraft", { draft: { appreciation: "Meanwhile." } });

    const again = await ana.send("statement:saveDraft", { draft: { appreciation: "Once." } }, "retry-draft-0001");

    expect(again).toMatchObject({ ok: true, duplicate: true, seq: first.ok ? first.seq : -1 });
    // The view is the space as it is now, newer than the duplicate's own seq.
    expect(again.ok && again.view && again.view.seq).toBeGreaterThan(first.ok ? first.seq : Infinity);
    closeAll(ana, ben);
  });

  it("a command id is the sender's own: the partner's command with the same id is applied, not taken for a retry (INP2)", async () => {
    const space = await file.server.createSpace();
    const { ana, ben } = await connectCouple(file.server.url, space);
    expect((await ana.send("statement:saveDraft", { draft: { appreciation: "Ana's words." } }, "shared-id-0001")).ok).toBe(true);

    const bens = await ben.send("statement:saveDraft", { draft: { appreciation: "Ben's words." } }, "shared-id-0001");

    expect(bens).toMatchObject({ ok: true });
    expect(bens.ok && bens.duplicate).toBeFalsy();
    expect(ben.latestView()?.myStatement?.draft?.appreciation).toBe("Ben's words.");
    // Each sender's own retry is still a duplicate, from any of their devices.
    const anaAgain = await connectClient(file.server.url, { token: space.tokens.partnerA });
    const retry = await anaAgain.send("statement:saveDraft", { draft: { appreciation: "Ana's words." } }, "shared-id-0001");
    expect(retry).toMatchObject({ ok: true, duplicate: true });
    expect(anaAgain.latestView()?.myStatement?.draft?.appreciation).toBe("Ana's words.");
    closeAll(ana, ben, anaAgain);
  });

  it("a refusal carries no view", async () => {
    const space = await file.server.createSpace();
    const { ana, ben } = await connectCouple(file.server.url, space);
    const refused = await ana.send("statement:unlock", {});
    expect(refused.ok).toBe(false);
    expect(refused).not.toHaveProperty("view");
    closeAll(ana, ben);
  });
});
