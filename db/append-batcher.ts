import type { RunPrepared } from "./client";
import type { AppendOutcome, AppendRow } from "./event-log";

type Pending = { item: { space_id: string; command_id: string; last_seq: number; rows: AppendRow[] }; resolve: (o: AppendOutcome) => void; reject: (e: unknown) => void };

const MAX_BATCH = 256;
const BATCH_SQL = "select br_append_batch($1::jsonb) as outcomes";

/**
 * Group commit for the hot path: appends that arrive in the same turn of the event loop
 * go to the database as one statement, one round trip and one commit, instead of one
 * each. Each append still lands whole or not at all, and a conflict is reported to its own
 * caller only: `br_append_batch` (migration 0003) inserts the batch at once, and only when
 * something conflicts goes again one append at a time.
 */
export class AppendBatcher {
  private pending: Pending[] = [];
  private isScheduled = false;

  constructor(private readonly runPrepared: RunPrepared) {}

  append(item: Pending["item"]): Promise<AppendOutcome> {
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
        const [row] = await this.runPrepared(BATCH_SQL, [JSON.stringify(batch.map((p) => p.item))]);
        const outcomes = parseOutcomes(row?.outcomes);
        batch.forEach((p, i) => p.resolve(outcomes[i] ? { ok: true, seq: p.item.last_seq } : { ok: false, reason: "conflict" }));
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
  }
}

function parseOutcomes(value: unknown): boolean[] {
  const list = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  if (!Array.isArray(list)) throw new Error("br_append_batch returned no outcomes");
  return list.map((v) => v === true);
}
