import { describe, expect, it } from "vitest";
import { checkInAnswers } from "../../core/negotiation/testing/check-in-builders";
import { agreedCouple } from "../testing/agreed-space";
import { closeAll, countEvents } from "../testing/space-clients";
import { useTwoServers } from "../testing/two-servers";

// Two servers with their own caches and queues on one database: nothing but the
// database's (space_id, seq) key keeps their decisions apart.
const servers = useTwoServers();
// Each round waits for both views; without Redis, the other process's clients catch up on the seq beat (1 s).
const REPETITIONS = 8;

describe("two servers, one database (CHK4)", () => {
  it("a check-in is revealed exactly once when both send at the same instant through different servers, and both see it", async () => {
    const { ana, ben, space } = await agreedCouple(servers.first, {}, servers.second.url);
    for (let number = 1; number <= REPETITIONS; number++) {
      await ana.send("check-in:request", {});
      expect((await ben.send("check-in:answer-request", { accept: true })).ok).toBe(true);
      const acks = await Promise.all([
        ana.send("check-in:submit", { answers: checkInAnswers({ together: { keep: `ana-${number}` } }) }),
        ben.send("check-in:submit", { answers: checkInAnswers({ together: { keep: `ben-${number}` } }) }),
      ]);
      expect(acks.every((ack) => ack.ok)).toBe(true);
      expect(await countEvents(servers.testDb.database, space.spaceId, "check-in:revealed")).toBe(number);
      expect(await countEvents(servers.testDb.database, space.spaceId, "check-in:submitted")).toBe(2 * number);
      for (const client of [ana, ben]) {
        const revealed = await client.waitFor(() => client.latestView()?.checkIn.current?.number === number && client.latestView()?.checkIn.current?.revealed);
        expect(revealed && revealed.answers.map((a) => a.answers.parts.together.keep)).toEqual([`ana-${number}`, `ben-${number}`]);
      }
      // Both keep the agreement (and may check in early again).
      await ana.send("check-in:choose", { choice: { kind: "keep", weeks: 4 } });
      expect((await ben.send("check-in:choose", { choice: { kind: "keep", weeks: 4 } })).ok).toBe(true);
      await ana.waitFor(() => ana.latestView()?.checkIn.current === null && ana.latestView()?.checkIn.history.length === number);
    }
    // Each reveal is in the same append as the second send: never a reveal without both.
    const log = await countEvents(servers.testDb.database, space.spaceId, "check-in:decided");
    expect(log).toBe(REPETITIONS);
    closeAll(ana, ben);
  }, 180_000);
});
