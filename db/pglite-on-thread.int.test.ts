import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isStorageUnavailable, isUniqueViolation } from "./errors";
import { PgliteOnThread } from "./pglite-on-thread";

/** The embedded database on its own thread keeps PGlite's meaning: results, transactions, errors. */
let client: PgliteOnThread;

beforeAll(async () => {
  client = await PgliteOnThread.open(null);
  await client.query("create table notes (id int primary key, words text not null, at timestamptz not null)");
});

afterAll(async () => {
  await client?.close();
});

describe("the embedded database on a thread of its own", () => {
  it("answers statements with their rows, in object or array form, keeping dates as text when asked", async () => {
    await client.query("insert into notes values ($1, $2, $3)", [1, "first", "2026-12-05T10:00:00Z"]);

    const asObjects = await client.query<{ id: number; at: Date }>("select id, at from notes where id = $1", [1]);
    expect(asObjects.rows).toEqual([{ id: 1, at: new Date("2026-12-05T10:00:00Z") }]);
    // drizzle's own parsers keep timestamps as the database's text; they cross as type numbers.
    const asArrays = await client.query("select id, at from notes where id = $1", [1], { rowMode: "array", parsers: { 1184: (text: string) => text } });
    expect(asArrays.rows).toEqual([[1, "2026-12-05 10:00:00+00"]]);
  });

  it("refuses a parser that would change the text, rather than dropping it on the way", async () => {
    await expect(client.query("select 1", [], { parsers: { 1184: (text: string) => new Date(text) } })).rejects.toThrow(/keep the text/);
  });

  it("commits a transaction that succeeds and rolls back one that throws", async () => {
    await client.transaction(async (tx) => {
      await tx.query("insert into notes values (2, 'kept', now())");
      await tx.query("insert into notes values (3, 'kept too', now())");
    });
    await expect(
      client.transaction(async (tx) => {
        await tx.query("insert into notes values (4, 'undone', now())");
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");

    expect((await client.query<{ id: number }>("select id from notes where id > 1 order by id")).rows).toEqual([{ id: 2 }, { id: 3 }]);
  });

  it("runs no other statement inside an open transaction: one outside waits until it ends", async () => {
    const order: string[] = [];
    let outside: Promise<unknown> = Promise.resolve();
    await client.transaction(async (tx) => {
      await tx.query("insert into notes values (5, 'inside', now())");
      outside = client.query<{ count: number }>("select count(*)::int as count from notes where id = 5").then((r) => order.push(`outside saw ${r.rows[0]?.count}`));
      await tx.query("select pg_sleep(0.05)");
      order.push("inside done");
    });
    await outside;
    expect(order).toEqual(["inside done", "outside saw 1"]);
  });

  it("gives a database error its SQLSTATE, as drizzle and the command path read it", async () => {
    const error = await client.query("insert into notes values (1, 'again', now())").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as { code?: string }).code).toBe("23505");
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("keeps the main thread free while a long statement runs", async () => {
    let isDone = false;
    const long = client.query("select count(*) from generate_series(1, 3000000)").then(() => (isDone = true));
    // In the main thread, PGlite would hold the event loop for the whole statement.
    let turns = 0;
    while (!isDone) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      turns++;
    }
    await long;
    expect(turns).toBeGreaterThan(5);
  });

  it("fails every statement as a lost connection once the thread has stopped", async () => {
    const other = await PgliteOnThread.open(null);
    await other.close();
    const error = await other.query("select 1").catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe("CONNECTION_CLOSED");
    expect(isStorageUnavailable(error)).toBe(true);
  });
});
