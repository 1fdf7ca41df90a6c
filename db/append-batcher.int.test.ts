import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppendBatcher } from "./append-batcher";
import { appendEvents, findAppliedCommand, loadEvents } from "./event-log";
import { createBareSpace } from "./testing/bare-space";
import { openTestDatabase, type TestDatabase } from "./testing/test-database";

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await openTestDatabase();
});

afterAll(async () => {
  await testDb?.drop();
});

const AT = new Date("2026-11-26T10:00:00.000Z");

const aSpace = () => createBareSpace(testDb.database.db, AT);

/** Two events in one append (a submit and the reveal), so a half-written append would show. */
function submitAndReveal(spaceId: string, expectedSeq: number, commandId: string, batcher: AppendBatcher) {
  return appendEvents(
    { ...testDb.database, batcher },
    {
      spaceId,
      expectedSeq,
      events: [
        { type: "statement:unlocked", data: { participantId: "a", round: 1 } },
        { type: "statements:revealed", data: { round: 1 } },
      ],
      actor: "a",
      commandId,
      at: AT,
    },
  );
}

describe("appends grouped into one round trip", () => {
  it("stores every append of a batch when none conflicts", async () => {
    const batcher = new AppendBatcher(testDb.database.runPrepared);
    const spaces = await Promise.all(Array.from({ length: 5 }, aSpace));

    const outcomes = await Promise.all(spaces.map((spaceId, i) => submitAndReveal(spaceId, 1, `cmd-${i}`, batcher)));

    expect(outcomes).toEqual(spaces.map(() => ({ ok: true, seq: 3 })));
    for (const spaceId of spaces) {
      expect((await loadEvents(testDb.database.db, spaceId)).map((e) => e.seq)).toEqual([1, 2, 3]);
    }
  });

  it("reports a conflict to its own append only, and leaves nothing of it behind", async () => {
    const batcher = new AppendBatcher(testDb.database.runPrepared);
    const [taken, free, retried] = await Promise.all([aSpace(), aSpace(), aSpace()]);
    // Another writer took seq 2 of one space, and one command was applied before.
    expect(await submitAndReveal(taken, 1, "other-writer", batcher)).toEqual({ ok: true, seq: 3 });
    expect(await submitAndReveal(retried, 1, "applied-before", batcher)).toEqual({ ok: true, seq: 3 });

    const outcomes = await Promise.all([
      submitAndReveal(taken, 1, "late-writer", batcher),
      submitAndReveal(free, 1, "free-writer", batcher),
      submitAndReveal(retried, 3, "applied-before", batcher),
    ]);

    expect(outcomes).toEqual([{ ok: false, reason: "conflict" }, { ok: true, seq: 3 }, { ok: false, reason: "conflict" }]);
    expect((await loadEvents(testDb.database.db, taken)).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await loadEvents(testDb.database.db, retried)).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await loadEvents(testDb.database.db, free)).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(await findAppliedCommand(testDb.database.db, taken, "late-writer")).toBeNull();
    expect(await findAppliedCommand(testDb.database.db, free, "free-writer")).toBe(3);
  });
});
