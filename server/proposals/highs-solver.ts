import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { BackgroundOptions, LpSolution, LpSolver } from "../../core/scheduler/milp-schedule";

/**
 * EXA1: HiGHS (WebAssembly) as the proposal worker's exact fallback. HiGHS checks its time
 * limit only now and then: on a large week a 50 ms limit has taken over a second, and a
 * 1.1 s one 1.5 s. So it runs in a thread of its own (highs-thread.mjs) and the engine's
 * synchronous solve waits for it at most the limit plus a grace (BUD1); past that the thread
 * is terminated, the solve counts as failed, and a fresh thread loads HiGHS for the next.
 */

/** How long past its own time limit HiGHS may take before its thread is terminated. */
export const SOLVE_GRACE_MS = 100;

const THREAD_URL = new URL("./highs-thread.mjs", import.meta.url);

/**
 * HiGHS's WebAssembly, compiled once per process. Every thread instantiates this module, and
 * V8 shares its code between them, the optimised code it tiers up to as well: a fresh thread
 * (after a deadline, or a cancelled background solve) starts warm, where one compiling its
 * own copy ran its first solves up to twice as slowly.
 */
let compiled: Promise<WebAssembly.Module> | undefined;
function highsModule(): Promise<WebAssembly.Module> {
  const wasmPath = path.join(path.dirname(createRequire(import.meta.url).resolve("highs")), "highs.wasm");
  compiled ??= readFile(wasmPath).then((bytes) => WebAssembly.compile(bytes));
  return compiled;
}

interface Reply {
  status: string;
  primal: Record<string, number>;
  cap?: number;
}

/**
 * One HiGHS thread, and the shared flags it raises: [0] no solve pending (its reply posted,
 * or none asked for yet), [1] HiGHS loaded.
 */
class HighsThread {
  readonly flags = new Int32Array(new SharedArrayBuffer(8));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private terminated = false;

  constructor(wasmModule: WebAssembly.Module) {
    Atomics.store(this.flags, 0, 1);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(THREAD_URL, { workerData: { port: port2, signal: this.flags.buffer, wasmModule }, transferList: [port2] });
    // Neither the thread nor its port may keep a process (a test, the bench) alive.
    this.worker.unref();
    this.port.unref();
  }

  /** Resolves once HiGHS is loaded, without blocking the thread that asks. */
  async ready(): Promise<void> {
    while (Atomics.load(this.flags, 1) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  /** The reply, or undefined when none came by the deadline (the thread is then terminated). */
  solve(lp: string, timeLimitMs: number): Reply | undefined {
    return this.start(lp, timeLimitMs)(Infinity);
  }

  /**
   * Posts the LP and returns at once; the function returned waits for the reply at most
   * `waitMs` and never past the solve's deadline: undefined when none came (past the
   * deadline the thread is terminated; before it, the solve goes on and may be asked again).
   */
  start(lp: string, timeLimitMs: number, options: BackgroundOptions = {}): (waitMs: number) => Reply | undefined {
    const deadline = performance.now() + timeLimitMs + SOLVE_GRACE_MS;
    // A fresh thread may still be instantiating HiGHS (milliseconds): that time counts against this solve.
    if (Atomics.load(this.flags, 1) === 0 && Atomics.wait(this.flags, 1, 0, Math.max(0, deadline - performance.now())) === "timed-out") return () => undefined;
    // A reply nobody asked for (a background solve left running) is stale now.
    while (receiveMessageOnPort(this.port)) continue;
    Atomics.store(this.flags, 0, 0);
    this.port.postMessage({ lp, timeLimitMs: Math.max(1, deadline - SOLVE_GRACE_MS - performance.now()), ...options });
    return (waitMs) => {
      const until = Math.min(deadline, performance.now() + waitMs);
      if (Atomics.wait(this.flags, 0, 0, Math.max(0, until - performance.now())) === "timed-out") {
        if (until >= deadline) this.terminate();
        return undefined;
      }
      return receiveMessageOnPort(this.port)?.message as Reply | undefined;
    };
  }

  /** Still solving (a reply posted but not taken is stale to the next solve, not in its way). */
  get isBusy(): boolean {
    return Atomics.load(this.flags, 0) === 0 || this.terminated;
  }

  get isTerminated(): boolean {
    return this.terminated;
  }

  terminate(): void {
    this.terminated = true;
    void this.worker.terminate();
  }
}

const FAILED: LpSolution = { status: "failed", primal: () => undefined };

function solutionOf(reply: Reply): LpSolution {
  const status = reply.status === "Optimal" ? "optimal" : reply.status === "Time limit reached" ? "stopped" : "failed";
  return { status, primal: (column) => reply.primal[column], ...(reply.cap !== undefined ? { cap: reply.cap } : {}) };
}

/**
 * The engine's solver: solves on one thread, and `background` on a second, so that a solve
 * the engine starts early (CLS2's) runs beside its own search on the other core.
 */
export async function loadHighsSolver(): Promise<LpSolver> {
  const wasmModule = await highsModule();
  let thread = new HighsThread(wasmModule);
  let spare = new HighsThread(wasmModule);
  await Promise.all([thread.ready(), spare.ready()]);
  const solve: LpSolver = (lp, timeLimitMs) => {
    const reply = thread.solve(lp, timeLimitMs);
    // Cut at the deadline: the engine keeps its own schedule, and the next solve gets a fresh thread.
    if (thread.isTerminated) thread = new HighsThread(wasmModule);
    return reply ? solutionOf(reply) : FAILED;
  };
  solve.background = (lp, timeLimitMs, options) => {
    if (spare.isTerminated) spare = new HighsThread(wasmModule);
    // An earlier request's solve still running: this one does without.
    if (spare.isBusy) return undefined;
    const mine = spare;
    const take = mine.start(lp, timeLimitMs, options);
    return {
      wait: (waitMs) => {
        const reply = take(waitMs);
        return reply ? solutionOf(reply) : undefined;
      },
      cancel: () => {
        if (!mine.isBusy || mine.isTerminated) return;
        // A fresh thread, from the compiled module, is ready in milliseconds.
        mine.terminate();
        if (spare === mine) spare = new HighsThread(wasmModule);
      },
    };
  };
  return solve;
}
