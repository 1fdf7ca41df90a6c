import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppendBatcher } from "./append-batcher";
import { appendEvents, findAppliedCommand, type AppendOutcome } from "./event-log";
import { createBareSpace } from "./testing/bare-space";
import { openTestDatabase, type TestDatabase } from "./testing/test-database";

let testDb: TestDatabase;
let other: postgres.Sql;

beforeAll(async () => {
  testDb = await openTestDatabase();
  other = postgres(testDb.url!, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await other?.end({ timeout: 5 });
  await testDb?.drop();
});

const AT = new Date("2026-11-26T10:00:00.000Z");

const aSpace = () => createBareSpace(testDb.database.db, AT);

function unlock(spaceId: string, commandId: string, batcher: AppendBatcher) {
  return appendEvents(
    { ...testDb.database, batcher },
    { spaceId, expectedSeq: 1, events: [{ type: "statement:unlocked", data: { participantId: "a", round: 1 } }], actor: "a", commandId, at: AT },
  );
}

describe("a deadlock with another writer fails nothing (PostgreSQL)", () => {
  it("the batch the database picked as the deadlock's victim is tried again and lands whole", async () => {
    const batcher = new AppendBatcher(testDb.database.runPrepared);
    const [first, second] = [await aSpace(), await aSpace()];
    const insert = (tx: postgres.TransactionSql, spaceId: string) =>
      tx`insert into events (space_id, seq, type, data, actor, command_id, at) values (${spaceId}, 2, 'statement:unlocked', '{"participantId":"b","round":1}'::jsonb, 'b', 'other', now())`;

    const isBatchWaiting = async () =>
      (await testDb.database.runPrepared("select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like 'select br_append_batch%'", []))[0]?.n === 1;
    let batch: Promise<AppendOutcome[]> | undefined;

    const otherWriter = other
      .begin(async (tx) => {
        // This writer waits longest before it looks for deadlocks, so the batch is the victim.
        await tx`set local deadlock_timeout = '30s'`;
        await insert(tx, second);
        batch = Promise.all([unlock(first, "batch-first", batcher), unlock(second, "batch-second", batcher)]);
        batch.catch(() => {});
        while (!(await isBatchWaiting())) await new Promise((resolve) => setTimeout(resolve, 20));
        // Now each waits for the other: the batch holds the first space's seq 2, this writer the second's.
        await insert(tx, first);
        throw new Error("the other writer gives up");
      })
      .catch((error: unknown) => error);

    expect(await otherWriter).toMatchObject({ message: "the other writer gives up" });
    expect(await batch).toEqual([
      { ok: true, seq: 2 },
      { ok: true, seq: 2 },
    ]);
    expect(await findAppliedCommand(testDb.database.db, first, "batch-first")).toBe(2);
    expect(await findAppliedCommand(testDb.database.db, second, "batch-second")).toBe(2);
  });
});
