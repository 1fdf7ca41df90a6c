import type { RunPrepared } from "./client";
import { isTransientConflict } from "./errors";
import type { AppendOutcome, AppendRow } from "./event-log";

type Item = { space_id: string; command_id: string; last_seq: number; rows: AppendRow[] };
type Pending = { item: Item; resolve: (o: AppendOutcome) => void; reject: (e: unknown) => void };

const MAX_BATCH = 256;
const BATCH_SQL = "select br_append_batch($1::jsonb) as outcomes";
/** A deadlock or serialization failure is tried again this many times before it is reported. */
const MAX_TRANSIENT_RETRIES = 4;

/**
 * Group commit for the hot path: appends that arrive in the same turn of the event loop
 * go to the database as one statement, one round trip and one commit, instead of one
 * each. Each append still lands whole or not at all, and a conflict is reported to its own
 * caller only: `br_append_batch` (migration 0003) inserts the batch at once, and only when
 * something conflicts goes again one append at a time.
 *
 * Any other failure of the batch (a deadlock with another process, an append the database
 * refuses) must not fail the appends that did nothing wrong: the batch goes again one append
 * per statement, each answered on its own, and deadlocks and serialization failures are
 * tried again before they are reported.
 */
export class AppendBatcher {
  private pending: Pending[] = [];
  private isScheduled = false;

  constructor(private readonly runPrepared: RunPrepared) {}

  append(item: Item): Promise<AppendOutcome> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.isScheduled) {
        this.isScheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.isScheduled = false;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, MAX_BATCH);
      try {
        const outcomes = await this.run(batch.map((p) => p.item));
        batch.forEach((p, i) => p.resolve(outcomes[i]!));
      } catch (error) {
        if (batch.length === 1) {
          batch[0]!.reject(error);
          continue;
        }
        await Promise.all(
          batch.map(async (p) => {
            try {
              const [outcome] = await this.run([p.item]);
              p.resolve(outcome!);
            } catch (itemError) {
              p.reject(itemError);
            }
          }),
        );
      }
    }
  }

  private async run(items: Item[]): Promise<AppendOutcome[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        const [row] = await this.runPrepared(BATCH_SQL, [JSON.stringify(items)]);
        const outcomes = parseOutcomes(row?.outcomes);
        return items.map((item, i) => (outcomes[i] ? { ok: true, seq: item.last_seq } : { ok: false, reason: "conflict" }));
      } catch (error) {
        if (!isTransientConflict(error) || attempt >= MAX_TRANSIENT_RETRIES) throw error;
      }
    }
  }
}

function parseOutcomes(value: unknown): boolean[] {
  const list = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  if (!Array.isArray(list)) throw new Error("br_append_batch returned no outcomes");
  return list.map((v) => v === true);
}
