import { describe, expect, it } from "vitest";
import { accessCookieName } from "../../core/protocol/handshake";
import { loadEvents } from "../../db/event-log";
import { serverForThisFile } from "../testing/server-for-file";
import { closeAll, connectCouple } from "../testing/space-clients";
import { connectClient, connectionRefusal } from "../testing/test-server";

const file = serverForThisFile();

function tokenOf(link: string): string {
  return link.split("/j/")[1]!;
}

describe("someone who lost every device gets back in (SPC4, KEY1, KEY2)", () => {
  it("the partner makes a new link for someone who has joined: the old one stops, everyone sees it, the person is told", async () => {
    const space = await file.server.createSpace({ partnerA: "Ana", partnerB: "Ben", counsellor: "Dr. Rivera" });
    const { ana, ben, counsellor } = await connectCouple(file.server.url, space);
    const benId = ben.latestView()!.me.id;
    const anaId = ana.latestView()!.me.id;
    await ana.waitFor(() => ana.latestView()?.participants.find((p) => p.id === benId)?.hasJoined);
    ben.close();

    const ack = await ana.send("link:renew", { participantId: benId });
    expect(ack.ok).toBe(true);
    const newLink = (ack as { result: { participantId: string; link: string } }).result;
    expect(newLink.participantId).toBe(benId);

    // The old link, as a token or as this device's cookie, no longer opens anything.
    expect((await connectionRefusal(file.server.url, { token: space.tokens.partnerB })).code).toBe("AUTH_REVOKED");
    const cookie = `${accessCookieName(space.spaceId)}=${space.tokens.partnerB}`;
    expect((await connectionRefusal(file.server.url, { spaceId: space.spaceId }, { cookie })).code).toBe("AUTH_REVOKED");

    // Everyone sees who made a new link for whom, and when (KEY1).
    const change = { participantId: benId, by: anaId };
    await counsellor!.waitFor(() => counsellor!.latestView()?.linkChanges.length === 1);
    expect(counsellor!.latestView()!.linkChanges[0]).toMatchObject(change);
    expect(ana.latestView()!.linkChanges[0]).toMatchObject(change);
    // Only the sender's ack carried the new link: no other frame holds its token.
    expect(counsellor!.frames.join("\n")).not.toContain(tokenOf(newLink.link));

    // Ben, back on a new phone with the new link, is told who made it and when (KEY2) …
    const benAgain = await connectClient(file.server.url, { token: tokenOf(newLink.link) });
    const benView = await benAgain.waitFor(() => benAgain.latestView());
    expect(benView.myLinkNotice).toMatchObject(change);
    expect(ana.latestView()!.myLinkNotice).toBeNull();
    // … until he says he has seen it, on every device.
    expect((await benAgain.send("link:acknowledge", {})).ok).toBe(true);
    expect(benAgain.latestView()!.myLinkNotice).toBeNull();
    const events = (await loadEvents(file.testDb.database.db, space.spaceId)).map((e) => e.type);
    expect(events.filter((t) => t.startsWith("link:"))).toEqual(["link:replaced", "link:acknowledged"]);
    closeAll(ana, benAgain, counsellor);
  });

  it("the counsellor can make a new link for a partner who has joined", async () => {
    const space = await file.server.createSpace({ partnerA: "Ana", partnerB: "Ben", counsellor: "Dr. Rivera" });
    const { ana, ben, counsellor } = await connectCouple(file.server.url, space);
    const anaId = ana.latestView()!.me.id;
    const ack = await counsellor!.send("link:renew", { participantId: anaId });
    expect(ack.ok).toBe(true);
    expect((await connectionRefusal(file.server.url, { token: space.tokens.partnerA })).code).toBe("AUTH_REVOKED");
    await ben.waitFor(() => ben.latestView()?.linkChanges.some((c) => c.participantId === anaId && c.by === counsellor!.latestView()!.me.id));
    closeAll(ana, ben, counsellor);
  });

  it("a new link signs out every open connection of the old one at once; nobody else's (SPC4)", async () => {
    const space = await file.server.createSpace({ partnerA: "Ana", partnerB: "Ben", counsellor: "Dr. Rivera" });
    const { ana, ben, counsellor } = await connectCouple(file.server.url, space);
    const cookie = `${accessCookieName(space.spaceId)}=${space.tokens.partnerB}`;
    const bensLaptop = await connectClient(file.server.url, { spaceId: space.spaceId }, { headers: { cookie } });
    await bensLaptop.waitFor(() => bensLaptop.latestView());
    const benId = ben.latestView()!.me.id;
    const signedOut = [ben, bensLaptop].map((c) => new Promise<string>((resolve) => c.socket.on("disconnect", (reason) => resolve(reason))));

    expect((await ana.send("link:renew", { participantId: benId })).ok).toBe(true);

    expect(await Promise.all(signedOut)).toEqual(["io server disconnect", "io server disconnect"]);
    expect(ana.socket.connected && counsellor!.socket.connected).toBe(true);
    closeAll(ana, counsellor);
  });
});
