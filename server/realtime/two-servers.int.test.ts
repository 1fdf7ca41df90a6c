import { describe, expect, it } from "vitest";
import { closeAll, connectCouple, countEvents, submitBothAtOnce } from "../testing/space-clients";
import { useTwoServers } from "../testing/two-servers";

// Two servers with their own caches and queues on one database: nothing but the
// database's (space_id, seq) key keeps their decisions apart.
const servers = useTwoServers();

describe("two servers, one database (REV2)", () => {
  it("reveals exactly once when the partners submit at the same instant through different servers", async () => {
    for (let repetition = 0; repetition < 20; repetition++) {
      const space = await servers.first.createSpace();
      const { ana, ben } = await connectCouple(servers.first.url, space, servers.second.url);
      const acks = await submitBothAtOnce(ana, ben);
      expect(acks.every((ack) => ack.ok)).toBe(true);
      expect(await countEvents(servers.testDb.database, space.spaceId, "statements:revealed")).toBe(1);
      expect(await countEvents(servers.testDb.database, space.spaceId, "statement:submitted")).toBe(2);
      closeAll(ana, ben);
    }
  });
});
