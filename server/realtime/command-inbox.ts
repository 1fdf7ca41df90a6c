/**
 * Commands from every connection wait here and are taken a few at a time, one batch per
 * turn of the event loop. Starting a command (parse, decide, append) is quick; its end
 * (the database's answer, then the acks and views) comes back as I/O. Taking every command
 * that arrived at once would leave those answers waiting behind all the new work. So under
 * a burst, commands that are nearly done keep moving: fewer are in flight at a time, the
 * collector has less to copy, and the slowest answers come sooner (README, "How it is built").
 * Order is kept: first in, first started.
 */
export class CommandInbox {
  private waiting: Array<() => void> = [];
  private next = 0;
  private isScheduled = false;

  constructor(private readonly perTurn = 32) {}

  /** Starts `start` in a later turn of the event loop, after those that came before it. */
  push(start: () => void): void {
    this.waiting.push(start);
    this.schedule();
  }

  get size(): number {
    return this.waiting.length - this.next;
  }

  private schedule(): void {
    if (this.isScheduled) return;
    this.isScheduled = true;
    setImmediate(() => this.takeTurn());
  }

  private takeTurn(): void {
    this.isScheduled = false;
    const end = Math.min(this.waiting.length, this.next + this.perTurn);
    while (this.next < end) this.waiting[this.next++]!();
    if (this.next === this.waiting.length) {
      this.waiting = [];
      this.next = 0;
    } else {
      this.schedule();
    }
  }
}
