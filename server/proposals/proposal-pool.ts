import { Worker } from "node:worker_threads";
import type { ProposalSet, SchedulerInput } from "../../core/scheduler/index";

type Reply = { id: number; ok: true; set: ProposalSet } | { id: number; ok: false; message: string };

const WORKER_URL = new URL("./proposal-worker.mjs", import.meta.url);

/** BUD1: the time a proposal set may take unless the server is configured otherwise. */
export const DEFAULT_PROPOSAL_BUDGET_MS = 2000;

/**
 * One worker thread that computes proposal sets in order. One is enough: a set takes
 * tens of milliseconds on most weeks and never more than the budget (BUD1), and the
 * other core is the main thread's, serving every socket.
 */
export class ProposalPool {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (set: ProposalSet) => void; reject: (error: Error) => void }>();
  private readonly budgetMs: number;

  constructor(options: { budgetMs?: number } = {}) {
    this.budgetMs = options.budgetMs ?? DEFAULT_PROPOSAL_BUDGET_MS;
  }

  /**
   * Starts the worker now rather than with the first set: its warm-up (BUD1) then runs
   * while nobody waits, instead of before the first couple's proposals.
   */
  start(): void {
    this.ensureWorker();
  }

  compute(input: SchedulerInput): Promise<ProposalSet> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, input, budgetMs: this.budgetMs });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    for (const { reject } of this.waiting.values()) reject(new Error("proposal worker closed"));
    this.waiting.clear();
    await worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_URL);
    worker.unref();
    worker.on("message", (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.set);
      else waiter.reject(new Error(reply.message));
    });
    worker.on("error", (error) => {
      for (const { reject } of this.waiting.values()) reject(error);
      this.waiting.clear();
      this.worker = null;
    });
    this.worker = worker;
    return worker;
  }
}
