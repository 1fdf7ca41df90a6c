// The embedded database's own thread (pglite-on-thread.ts): PGlite runs its WebAssembly
// here, so the main thread that serves every socket never waits on it. Plain JavaScript:
// it needs no TypeScript loader, so it starts sooner.
import { PGlite } from "@electric-sql/pglite";
import { parentPort, workerData } from "node:worker_threads";

/**
 * Messages, each answered once with `{ id, ok: true, value }` or `{ id, ok: false, error }`:
 *   { id, kind: "query", sql, params, rowMode?, textTypes?, tx? }  rows, fields, affectedRows
 *   { id, kind: "begin" }                                            a transaction's number
 *   { id, kind: "end", tx, commit }                                  commits or rolls back
 *   { id, kind: "close" }
 * Before any of them the thread posts `{ ready: true }`, or `{ ready: false, error }`.
 */
const port = parentPort;

let database;
try {
  database = await PGlite.create(workerData.dataDir ?? undefined);
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ ready: false, error: plainError(error) });
}

/** Open transactions by number: PGlite holds every other statement back until each ends. */
const transactions = new Map();
let nextTransaction = 1;

port.on("message", async (message) => {
  try {
    port.postMessage({ id: message.id, ok: true, value: await run(message) });
  } catch (error) {
    port.postMessage({ id: message.id, ok: false, error: plainError(error) });
  }
});

async function run(message) {
  switch (message.kind) {
    case "query": {
      const target = message.tx === undefined ? database : transactions.get(message.tx)?.tx;
      if (!target) throw new Error("That transaction has already ended.");
      const { rows, fields, affectedRows } = await target.query(message.sql, message.params, optionsOf(message));
      return { rows, fields, affectedRows };
    }
    case "begin":
      return begin();
    case "end":
      return end(message.tx, message.commit);
    case "close":
      return database.close();
    default:
      throw new Error(`Unknown message for the database thread: ${message.kind}`);
  }
}

/** Parsers cannot cross threads; the only ones drizzle passes keep a type's text as it is. */
function optionsOf({ rowMode, textTypes }) {
  if (rowMode === undefined && textTypes === undefined) return undefined;
  const parsers = {};
  for (const type of textTypes ?? []) parsers[type] = (text) => text;
  return { rowMode, parsers };
}

/** Opens a transaction that stays open until `end` is told to commit or roll it back. */
function begin() {
  const number = nextTransaction++;
  return new Promise((begun, failed) => {
    const entry = {};
    entry.done = database.transaction(
      (tx) =>
        new Promise((commit, rollBack) => {
          Object.assign(entry, { tx, commit, rollBack });
          transactions.set(number, entry);
          begun(number);
        }),
    );
    // Only a failure before the transaction opened reaches `failed`: after `begun`, it is `end`'s.
    entry.done.catch(failed);
  });
}

async function end(number, isCommit) {
  const entry = transactions.get(number);
  if (!entry) throw new Error("That transaction has already ended.");
  transactions.delete(number);
  if (isCommit) entry.commit();
  else entry.rollBack(new Error("rolled back"));
  try {
    await entry.done;
  } catch (error) {
    if (isCommit) throw error;
  }
}

/** An error as plain data: its message, its class name and its own fields (a database error's SQLSTATE among them). */
function plainError(error) {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const plain = { name: error.name, message: error.message };
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === "string" || typeof value === "number") plain[key] = value;
  }
  return plain;
}
