import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { AppendBatcher } from "../../db/append-batcher";
import { appendEvents, findAppliedCommand, loadEvents } from "../../db/event-log";
import { serverForThisFile } from "../testing/server-for-file";
import { closeAll, connectCouple } from "../testing/space-clients";

const logLines: string[] = [];
const file = serverForThisFile(() => ({ logLines }));

/** Words that exist only in this file's drafts: no log line may ever hold them. */
const MARKERS = ["Quokkamarker", "Zanzibarmarker", "Gondolamarker"];

describe("text the database cannot store is refused at the boundary and fails nothing else (INP1)", () => {
  it.each([
    ["U+0000", "\u0000"],
    ["a lone high surrogate", "\uD83D"],
    ["a lone low surrogate", "\uDE00"],
  ])("a draft holding %s gets a clear error while another space's draft at the same instant is saved", async (_label, bad) => {
    const broken = await connectCouple(file.server.url, await file.server.createSpace());
    const other = await connectCouple(file.server.url, await file.server.createSpace({ partnerA: "Cleo", partnerB: "Dev" }));

    const [badAck, goodAck] = await Promise.all([
      broken.ana.send("statement:saveDraft", { draft: { appreciation: `${MARKERS[0]} ${bad} end`, fears: [{ fear: `x${bad}` }] } }),
      other.ana.send("statement:saveDraft", { draft: { appreciation: `${MARKERS[1]} kept` } }),
    ]);

    expect(badAck).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD", fields: { "draft.appreciation": expect.any(String) } } });
    expect(badAck.ok === false && badAck.error.message).toMatch(/cannot be saved/);
    expect(goodAck.ok).toBe(true);
    expect(other.ana.latestView()?.myStatement?.draft?.appreciation).toBe(`${MARKERS[1]} kept`);
    // The connection stays, and a corrected draft is saved.
    expect((await broken.ana.send("statement:saveDraft", { draft: { appreciation: "fixed" } })).ok).toBe(true);
    closeAll(broken.ana, broken.ben, other.ana, other.ben);
  });

  it("one append the database refuses fails alone: the rest of its batch is stored", async () => {
    const database = file.testDb.database;
    const batcher = new AppendBatcher(database.runPrepared);
    const spaces = await Promise.all([0, 1, 2].map(async (i) => (await file.server.createSpace({ partnerA: `P${i}` })).spaceId));
    const append = (spaceId: string, appreciation: string, commandId: string) =>
      appendEvents(
        { ...database, batcher },
        {
          spaceId,
          expectedSeq: 1,
          // Past the schemas on purpose: only the database stands between this text and the log.
          events: [{ type: "draft:saved", data: { participantId: randomUUID(), round: 1, draft: { appreciation } } }],
          actor: "test",
          commandId,
          at: new Date(),
        },
      );

    const outcomes = await Promise.allSettled([
      append(spaces[0]!, `${MARKERS[2]} first`, "batch-good-1"),
      append(spaces[1]!, `${MARKERS[2]} \u0000 bad`, "batch-bad-1"),
      append(spaces[2]!, `${MARKERS[2]} third`, "batch-good-2"),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(outcomes[0]).toMatchObject({ value: { ok: true, seq: 2 } });
    expect(outcomes[2]).toMatchObject({ value: { ok: true, seq: 2 } });
    expect(await findAppliedCommand(database.db, spaces[0]!, "batch-good-1")).toBe(2);
    expect(await findAppliedCommand(database.db, spaces[1]!, "batch-bad-1")).toBeNull();
    expect((await loadEvents(database.db, spaces[1]!)).length).toBe(1);
  });

  it("no log line of this file holds any written word, even from a failed statement", async () => {
    // Make the server log a failure of the database itself, with a draft in its parameters.
    const { createLogger } = await import("../logging/logger");
    const lines: string[] = [];
    const log = createLogger("trace", { write: (line: string) => void lines.push(line) });
    const failure = await file.testDb.database.db.execute(sql.raw(`select '${MARKERS[2]}'::int`)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    log.error({ err: failure }, "command failed");
    expect(lines.join("\n")).toContain("command failed");
    for (const line of [...logLines, ...lines]) {
      for (const marker of MARKERS) expect(line).not.toContain(marker);
    }
  });
});
