import { describe, expect, it } from "vitest";
import { accessCookieName } from "../../core/protocol/handshake";
import { closeAll, connectCouple } from "../testing/space-clients";
import { useTwoServers } from "../testing/two-servers";
import { connectClient } from "../testing/test-server";

// Two servers sharing rooms through Redis (REDIS_URL): a sign-out asked on one reaches the other.
const servers = useTwoServers();

describe("a replaced link signs out its connections on every server process (SPC4)", () => {
  it("Ben's phone on one process and his laptop on the other both close when Ana makes him a new link", async () => {
    const space = await servers.first.createSpace();
    const { ana, ben } = await connectCouple(servers.first.url, space, servers.second.url);
    const cookie = `${accessCookieName(space.spaceId)}=${space.tokens.partnerB}`;
    const bensLaptop = await connectClient(servers.first.url, { spaceId: space.spaceId }, { headers: { cookie } });
    await bensLaptop.waitFor(() => bensLaptop.latestView());
    const signedOut = [ben, bensLaptop].map((c) => new Promise<string>((resolve) => c.socket.on("disconnect", (reason) => resolve(reason))));

    expect((await ana.send("link:renew", { participantId: ben.latestView()!.me.id })).ok).toBe(true);

    expect(await Promise.all(signedOut)).toEqual(["io server disconnect", "io server disconnect"]);
    expect(ana.socket.connected).toBe(true);
    closeAll(ana);
  });
});
