import type { TAck } from "../../core/protocol/acks";
import type { Database } from "../../db/client";
import { eventCountsByCommand, loadEvents } from "../../db/event-log";
import { senderCommandId } from "../commands/sender-command-id";
import { newCommandId, type TestClient } from "../testing/test-server";

type TCommand = { client: TestClient; id: string; wasStored: boolean };

/**
 * The figures a fault test prints (issue 13's fault suite): commands lost (acknowledged as
 * stored, yet not in the log), commands doubled (in the log more than once), clients still
 * behind the space's latest seq 2 s after the fault healed, and the longest any command
 * waited for its answer. Each test ends with one `FAULT <name> {json}` line.
 */
export function faultFigures(name: string) {
  const commands: TCommand[] = [];
  let longestUnansweredMs = 0;
  let behindAfterHealing: { behind: number; clients: number } | null = null;

  return {
    /**
     * A draft save that appends exactly one event when stored; sent again with the same id
     * (as the client's outbox does, INP3) while the answer says "try again".
     */
    async saveDraft(client: TestClient, appreciation: string, options: { id?: string; attempts?: number } = {}): Promise<TAck> {
      const id = options.id ?? newCommandId();
      let command = commands.find((c) => c.client === client && c.id === id);
      if (!command) commands.push((command = { client, id, wasStored: false }));
      let ack: TAck = { ok: false, error: { code: "BUSY", message: "not sent" } };
      for (let attempt = 1; attempt <= (options.attempts ?? 1); attempt++) {
        const started = performance.now();
        ack = await client.send("statement:saveDraft", { draft: { appreciation } }, id);
        longestUnansweredMs = Math.max(longestUnansweredMs, performance.now() - started);
        if (ack.ok || ack.error.code !== "STORAGE_UNAVAILABLE") break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      if (ack.ok) command.wasStored = true;
      return ack;
    },

    /** Call when the fault has healed: 2 s later, how many clients are short of their space's latest seq. */
    async behindTwoSecondsAfterHealing(database: Database, spaceId: string, clients: TestClient[]) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const events = await loadEvents(database.db, spaceId);
      const latest = events.at(-1)?.seq ?? 0;
      const behind = clients.filter((client) => (client.latestView()?.seq ?? 0) < latest).length;
      behindAfterHealing = { behind, clients: clients.length };
      return behindAfterHealing;
    },

    /** Counts lost and doubled commands in the log and prints the test's line. */
    async report(database: Database, spaceId: string, more: Record<string, number> = {}) {
      const counts = await eventCountsByCommand(database.db, spaceId);
      const timesIn = (c: TCommand) => counts.get(senderCommandId(c.client.latestView()?.me.id ?? "", c.id)) ?? 0;
      const figures = {
        commands: commands.length,
        lost: commands.filter((c) => c.wasStored && timesIn(c) === 0).length,
        doubled: commands.filter((c) => timesIn(c) > 1).length,
        behind_after_2s: behindAfterHealing?.behind ?? null,
        clients: behindAfterHealing?.clients ?? null,
        longest_unanswered_ms: Math.round(longestUnansweredMs),
        ...more,
      };
      console.log(`FAULT ${name} ${JSON.stringify(figures)}`);
      return figures;
    },
  };
}
