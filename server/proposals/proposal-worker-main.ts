import { parentPort } from "node:worker_threads";
import { proposeSchedules, type SchedulerInput } from "../../core/scheduler/index";
import { warmUpInput } from "../../core/scheduler/warm-up";

// Runs the scheduler off the main thread, so a proposal set never stalls other couples' sessions.
// BUD1: the engine's first call is several times slower while the JIT compiles its loops, so
// the worker runs one small week before it takes requests (they queue meanwhile).
proposeSchedules(warmUpInput());

const now = () => performance.now();

parentPort!.on("message", (message: { id: number; input: SchedulerInput; budgetMs: number }) => {
  try {
    parentPort!.postMessage({ id: message.id, ok: true, set: proposeSchedules(message.input, { budget: { ms: message.budgetMs, now } }) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
