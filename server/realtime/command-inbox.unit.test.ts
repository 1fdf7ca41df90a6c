import { describe, expect, it } from "vitest";
import { CommandInbox } from "./command-inbox";

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("command inbox", () => {
  it("starts commands in arrival order, a few per turn of the event loop, never in the pushing turn", async () => {
    const inbox = new CommandInbox(10);
    const started: number[] = [];
    for (let i = 0; i < 25; i++) inbox.push(() => started.push(i));
    expect(started).toEqual([]);
    const seenAfterTurns: number[] = [];
    for (let turn = 0; turn < 4; turn++) {
      await nextTurn();
      seenAfterTurns.push(started.length);
    }
    expect(seenAfterTurns).toEqual([10, 20, 25, 25]);
    expect(started).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(inbox.size).toBe(0);
  });

  it("lets I/O that completes meanwhile run between turns, ahead of later commands", async () => {
    const inbox = new CommandInbox(2);
    const log: string[] = [];
    for (let i = 0; i < 6; i++) {
      inbox.push(() => {
        log.push(`command ${i}`);
        // A command's own continuation (its database answer) arrives as I/O.
        if (i === 0) setImmediate(() => log.push("answer to 0"));
      });
    }
    for (let turn = 0; turn < 4; turn++) await nextTurn();
    expect(log.indexOf("answer to 0")).toBeLessThan(log.indexOf("command 4"));
    expect(log.filter((l) => l.startsWith("command"))).toEqual(["command 0", "command 1", "command 2", "command 3", "command 4", "command 5"]);
  });

  it("takes later pushes after the earlier ones, also while a backlog drains", async () => {
    const inbox = new CommandInbox(3);
    const started: string[] = [];
    for (let i = 0; i < 4; i++) inbox.push(() => started.push(`a${i}`));
    await nextTurn();
    inbox.push(() => started.push("b0"));
    await nextTurn();
    await nextTurn();
    expect(started).toEqual(["a0", "a1", "a2", "a3", "b0"]);
  });
});
