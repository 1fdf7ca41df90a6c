import { and, asc, eq, gt, sql } from "drizzle-orm";
import { ZSpaceEvent, type TRecordedEvent, type TSpaceEvent } from "../core/negotiation/events";
import type { AppendBatcher } from "./append-batcher";
import type { Database, Db } from "./client";
import { isUniqueViolation } from "./errors";
import { events, processedCommands } from "./schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Events of a space after `afterSeq`, in order, parsed: the database is a boundary too. */
export async function loadEvents(db: Db, spaceId: string, afterSeq = 0): Promise<TRecordedEvent[]> {
  const rows = await db
    .select()
    .from(events)
    .where(and(eq(events.spaceId, spaceId), gt(events.seq, afterSeq)))
    .orderBy(asc(events.seq));
  return rows.map((row) => ({
    ...ZSpaceEvent.parse({ type: row.type, data: row.data }),
    seq: row.seq,
    actor: row.actor,
    at: row.at.toISOString(),
  }));
}

/** The seq at which a command id was applied, or null if it never was. */
export async function findAppliedCommand(db: Db, spaceId: string, commandId: string): Promise<number | null> {
  const [row] = await db
    .select({ seq: processedCommands.seq })
    .from(processedCommands)
    .where(and(eq(processedCommands.spaceId, spaceId), eq(processedCommands.commandId, commandId)));
  return row?.seq ?? null;
}

/**
 * How many events each command id appended in a space, by the id the log keeps (its
 * sender's, `senderCommandId`): for fault tests that count commands lost or applied twice.
 */
export async function eventCountsByCommand(db: Db, spaceId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ commandId: events.commandId, count: sql<number>`count(*)::int` })
    .from(events)
    .where(eq(events.spaceId, spaceId))
    .groupBy(events.commandId);
  return new Map(rows.flatMap((row) => (row.commandId === null ? [] : [[row.commandId, Number(row.count)] as const])));
}

export type AppendRequest = {
  spaceId: string;
  /** The seq the decision was made on; the new events take the seqs after it. */
  expectedSeq: number;
  events: TSpaceEvent[];
  actor: string;
  commandId: string;
  at: Date;
  /** Writes that must land with the events or not at all (e.g. a renewed link's hash). */
  alongside?: (tx: Tx) => Promise<void>;
};

export type AppendOutcome = { ok: true; seq: number } | { ok: false; reason: "conflict" };

/**
 * Events and the command id go in one statement: one round trip, the hot path of every
 * command. A conflict (someone else appended at that seq, or this command id was applied
 * meanwhile) is an expected outcome: the caller reloads and decides again.
 */
const APPEND_SQL = `
  with appended as (
    insert into events (space_id, seq, type, data, actor, command_id, at)
    select space_id, seq, type, data, actor, command_id, at
    from jsonb_to_recordset($1::jsonb)
      as e(space_id uuid, seq integer, type text, data jsonb, actor text, command_id text, at timestamptz)
  )
  insert into processed_commands (space_id, command_id, seq) values ($2::uuid, $3::text, $4::integer)`;

export type AppendRow = {
  space_id: string;
  seq: number;
  type: string;
  data: unknown;
  actor: string;
  command_id: string;
  at: string;
};

export async function appendEvents(
  database: Pick<Database, "db" | "runPrepared"> & { batcher?: AppendBatcher },
  request: AppendRequest,
): Promise<AppendOutcome> {
  const rows: AppendRow[] = request.events.map((event, index) => ({
    space_id: request.spaceId,
    seq: request.expectedSeq + index + 1,
    type: event.type,
    data: event.data,
    actor: request.actor,
    command_id: request.commandId,
    at: request.at.toISOString(),
  }));
  const lastSeq = request.expectedSeq + rows.length;
  // The batcher writes the rows out itself, with its batch: no JSON of them here then.
  const params = () => [JSON.stringify(rows), request.spaceId, request.commandId, lastSeq];
  try {
    if (request.alongside) {
      // Writes alongside need a transaction; this rare path goes through drizzle.
      const alongside = request.alongside;
      await database.db.transaction(async (tx) => {
        await tx.execute(appendInTransaction(params()));
        await alongside(tx);
      });
    } else if (database.batcher) {
      return await database.batcher.append({ space_id: request.spaceId, command_id: request.commandId, last_seq: lastSeq, rows });
    } else {
      await database.runPrepared(APPEND_SQL, params());
    }
    return { ok: true, seq: lastSeq };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "conflict" };
    throw error;
  }
}

/** The same statement through drizzle, for the transaction that also writes alongside. */
function appendInTransaction([rows, spaceId, commandId, lastSeq]: readonly unknown[]) {
  return sql`
    with appended as (
      insert into ${events} (space_id, seq, type, data, actor, command_id, at)
      select space_id, seq, type, data, actor, command_id, at
      from jsonb_to_recordset(${rows}::jsonb)
        as e(space_id uuid, seq integer, type text, data jsonb, actor text, command_id text, at timestamptz)
    )
    insert into ${processedCommands} (space_id, command_id, seq) values (${spaceId}::uuid, ${commandId}::text, ${lastSeq}::integer)`;
}

export type { Tx };
