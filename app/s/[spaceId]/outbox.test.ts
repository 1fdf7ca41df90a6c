import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TAck } from "../../../core/protocol/acks";
import { createOutbox, type TOutboxStorage } from "./outbox";

/** localStorage as the browser has it: strings by key, shared by every page of the same person. */
function aStorage(): TOutboxStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}

type TSent = { id: string; type: string; payload: unknown };

/**
 * The server's side of INP2 in miniature: an id is applied once per sender, a repeat is
 * answered `duplicate: true`. `isDeliveringAcks = false` applies commands but loses the
 * answers (they never come back: the send fails when the connection goes).
 */
function aServer() {
  const applied: TSent[] = [];
  const sent: TSent[] = [];
  const lost: Array<(error: Error) => void> = [];
  const server = {
    applied,
    sent,
    isReachable: true,
    isDeliveringAcks: true,
    answer: null as ((command: TSent) => TAck | null) | null,
    transmit: (command: TSent): Promise<TAck> => {
      if (!server.isReachable) return Promise.reject(new Error("offline"));
      sent.push(command);
      const special = server.answer?.(command);
      if (special) return Promise.resolve(special);
      const isDuplicate = applied.some((c) => c.id === command.id);
      if (!isDuplicate) applied.push(command);
      if (!server.isDeliveringAcks) return new Promise((_, reject) => lost.push(reject));
      return Promise.resolve({ ok: true, seq: applied.length, ...(isDuplicate ? { duplicate: true } : {}) });
    },
    /** The connection drops: every send still waiting for an answer fails. */
    dropConnection() {
      lost.splice(0).forEach((reject) => reject(new Error("socket has been disconnected")));
    },
  };
  return server;
}

let ids = 0;
const newId = () => `command-${++ids}`;
const KEY = "breathing-room:outbox:space-1:participant-a";
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  ids = 0;
});
afterEach(() => vi.useRealTimers());

describe("INP3: the outbox keeps what was sent until the server answers", () => {
  it("sends commands one at a time, in the order they were made", async () => {
    const server = aServer();
    const outbox = createOutbox({ storage: aStorage(), key: KEY, transmit: server.transmit, newId });
    const answers = [outbox.send("pause:start", { n: 1 }), outbox.send("reflection:offer", { n: 2 }), outbox.send("statement:unlock", { n: 3 })];
    expect(server.sent).toHaveLength(0);
    outbox.connected();
    const acks = await Promise.all(answers);
    expect(server.applied.map((c) => c.payload)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(acks.map((ack) => ack.ok && ack.seq)).toEqual([1, 2, 3]);
    expect(outbox.pending()).toHaveLength(0);
  });

  it("keeps a command made while offline and sends it once the connection is back", async () => {
    const server = aServer();
    const outbox = createOutbox({ storage: aStorage(), key: KEY, transmit: server.transmit, newId });
    outbox.connected();
    outbox.disconnected();
    const answer = outbox.send("pause:start", { returnAt: "later" });
    await settle();
    expect(server.sent).toHaveLength(0);
    expect(outbox.pending().map((c) => c.type)).toEqual(["pause:start"]);
    outbox.connected();
    expect(await answer).toMatchObject({ ok: true });
    expect(server.applied).toHaveLength(1);
  });

  it("sends a command whose answer never came again with the same id, and it is applied once", async () => {
    const server = aServer();
    const answersSeen: TAck[] = [];
    const outbox = createOutbox({ storage: aStorage(), key: KEY, transmit: server.transmit, newId, onAnswer: (ack) => answersSeen.push(ack) });
    outbox.connected();
    server.isDeliveringAcks = false;
    const answer = outbox.send("statement:submit", { statement: "words" });
    const later = outbox.send("reflection:skip", { wantsToSkip: true });
    await settle();
    expect(server.applied).toHaveLength(1);
    server.dropConnection();
    outbox.disconnected();
    server.isDeliveringAcks = true;
    outbox.connected();
    expect(await answer).toEqual({ ok: true, seq: 1, duplicate: true });
    await later;
    expect(server.sent.map((c) => c.id)).toEqual(["command-1", "command-1", "command-2"]);
    expect(server.applied.map((c) => c.type)).toEqual(["statement:submit", "reflection:skip"]);
    expect(answersSeen).toHaveLength(2);
  });

  it("tries again after a while when no answer came on a live connection (a timeout) or storage was away", async () => {
    const server = aServer();
    let failures = 2;
    server.answer = () => (failures-- > 0 ? { ok: false, error: { code: "STORAGE_UNAVAILABLE", message: "later" } } : null);
    const outbox = createOutbox({ storage: aStorage(), key: KEY, transmit: server.transmit, newId, retryDelayMs: () => 1_000 });
    outbox.connected();
    const answer = outbox.send("pause:resume", {});
    await settle();
    expect(server.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await answer).toMatchObject({ ok: true });
    expect(new Set(server.sent.map((c) => c.id)).size).toBe(1);
    expect(server.applied).toHaveLength(1);
  });

  it("hands a refusal to whoever sent the command, and does not send it again", async () => {
    const server = aServer();
    server.answer = () => ({ ok: false, error: { code: "ALREADY_PAUSED", message: "Already paused." } }) as TAck;
    const storage = aStorage();
    const outbox = createOutbox({ storage, key: KEY, transmit: server.transmit, newId });
    outbox.connected();
    expect(await outbox.send("pause:start", {})).toMatchObject({ ok: false, error: { code: "ALREADY_PAUSED" } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.sent).toHaveLength(1);
    expect(storage.items.has(KEY)).toBe(false);
  });

  it("keeps only the newest draft save waiting, and tells every earlier caller how the newest went", async () => {
    const server = aServer();
    const storage = aStorage();
    const outbox = createOutbox({ storage, key: KEY, transmit: server.transmit, newId });
    const first = outbox.send("statement:saveDraft", { draft: "H" }, { isNewestOnly: true });
    const unlock = outbox.send("statement:unlock", {});
    const second = outbox.send("statement:saveDraft", { draft: "He" }, { isNewestOnly: true });
    const third = outbox.send("statement:saveDraft", { draft: "Hello" }, { isNewestOnly: true });
    expect(outbox.pending().map((c) => c.payload)).toEqual([{}, { draft: "Hello" }]);
    expect(JSON.parse(storage.items.get(KEY)!)).toHaveLength(2);
    outbox.connected();
    const acks = await Promise.all([first, second, third, unlock]);
    expect(server.applied.map((c) => c.payload)).toEqual([{}, { draft: "Hello" }]);
    expect(acks[0]).toEqual(acks[2]);
  });

  it("never replaces a draft save already sent (it may have arrived): the newer one follows it", async () => {
    const server = aServer();
    const outbox = createOutbox({ storage: aStorage(), key: KEY, transmit: server.transmit, newId });
    outbox.connected();
    server.isDeliveringAcks = false;
    void outbox.send("statement:saveDraft", { draft: "Hel" }, { isNewestOnly: true });
    await settle();
    void outbox.send("statement:saveDraft", { draft: "Hello" }, { isNewestOnly: true });
    expect(outbox.pending().map((c) => c.payload)).toEqual([{ draft: "Hel" }, { draft: "Hello" }]);
    server.dropConnection();
    outbox.disconnected();
    server.isDeliveringAcks = true;
    outbox.connected();
    await settle();
    expect(server.applied.map((c) => c.payload)).toEqual([{ draft: "Hel" }, { draft: "Hello" }]);
  });
});

describe("INP3: the outbox survives a reload", () => {
  it("a new page finds the commands still waiting, in order, and sends them with their ids", async () => {
    const storage = aStorage();
    const offline = aServer();
    offline.isReachable = false;
    const before = createOutbox({ storage, key: KEY, transmit: offline.transmit, newId });
    before.connected();
    void before.send("statement:saveDraft", { draft: "Kept" }, { isNewestOnly: true });
    void before.send("statement:submit", { statement: "Kept" });
    await settle();
    // The page reloads: the old outbox is gone with it.
    const server = aServer();
    const answers: TAck[] = [];
    const after = createOutbox({ storage, key: KEY, transmit: server.transmit, newId, onAnswer: (ack) => answers.push(ack) });
    expect(after.pending().map((c) => [c.id, c.type])).toEqual([
      ["command-1", "statement:saveDraft"],
      ["command-2", "statement:submit"],
    ]);
    expect(after.newestOf("statement:saveDraft")?.payload).toEqual({ draft: "Kept" });
    const submitted = after.answerOf("command-2");
    after.connected();
    expect(await submitted).toMatchObject({ ok: true, seq: 2 });
    expect(server.sent.map((c) => c.id)).toEqual(["command-1", "command-2"]);
    expect(answers).toHaveLength(2);
    expect(storage.items.has(KEY)).toBe(false);
  });

  it("a restored draft save is still replaced by a newer one typed after the reload", async () => {
    const storage = aStorage();
    createOutbox({ storage, key: KEY, transmit: aServer().transmit, newId }).send("statement:saveDraft", { draft: "Old" }, { isNewestOnly: true });
    const after = createOutbox({ storage, key: KEY, transmit: aServer().transmit, newId });
    const restored = after.answerOf(after.newestOf("statement:saveDraft")!.id);
    const newer = after.send("statement:saveDraft", { draft: "Old and new" }, { isNewestOnly: true });
    expect(after.pending().map((c) => c.payload)).toEqual([{ draft: "Old and new" }]);
    after.connected();
    expect(await restored).toEqual(await newer);
  });

  it("keeps each space and participant apart, and two pages of the same person do not undo each other", async () => {
    const storage = aStorage();
    const offline = { transmit: () => Promise.reject(new Error("offline")) };
    const pageOne = createOutbox({ storage, key: KEY, ...offline, newId });
    const pageTwo = createOutbox({ storage, key: KEY, ...offline, newId });
    const otherSpace = createOutbox({ storage, key: "breathing-room:outbox:space-2:participant-a", ...offline, newId });
    void pageOne.send("pause:start", { from: "one" });
    void pageTwo.send("pause:start", { from: "two" });
    void otherSpace.send("pause:start", { from: "elsewhere" });
    const reloaded = createOutbox({ storage, key: KEY, ...offline, newId });
    expect(reloaded.pending().map((c) => c.payload)).toEqual([{ from: "one" }, { from: "two" }]);
  });

  it("ignores what it cannot read (damaged storage, storage refused) and keeps working in memory", async () => {
    const damaged = aStorage();
    damaged.items.set(KEY, "{not json");
    expect(createOutbox({ storage: damaged, key: KEY, transmit: aServer().transmit, newId }).pending()).toEqual([]);
    damaged.items.set(KEY, JSON.stringify([{ id: 3 }, null, { id: "a", type: "pause:resume", payload: {} }, { id: "a", type: "pause:resume", payload: {} }]));
    expect(createOutbox({ storage: damaged, key: KEY, transmit: aServer().transmit, newId }).pending()).toHaveLength(1);

    const refusing: TOutboxStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    const server = aServer();
    const outbox = createOutbox({ storage: refusing, key: KEY, transmit: server.transmit, newId });
    outbox.connected();
    expect(await outbox.send("pause:resume", {})).toMatchObject({ ok: true });
  });
});
