import { parentPort } from "node:worker_threads";
import { proposeSchedules, type SchedulerInput } from "../../core/scheduler/index";
import { warmUpExactSolver, warmUpInput } from "../../core/scheduler/warm-up";
import { loadHighsSolver } from "./highs-solver";

// Runs the scheduler off the main thread, so a proposal set never stalls other couples' sessions.
// EXA1: HiGHS is the exact fallback for weeks the engine cannot prove within its share of the budget.
const exact = await loadHighsSolver();
// BUD1: the engine's first call is several times slower while the JIT compiles its loops, so
// the worker runs one small week before it takes requests (they queue meanwhile).
proposeSchedules(warmUpInput());
warmUpExactSolver(exact);

const now = () => performance.now();

parentPort!.on("message", (message: { id: number; input: SchedulerInput; budgetMs: number }) => {
  try {
    const set = proposeSchedules(message.input, { budget: { ms: message.budgetMs, now }, exact });
    parentPort!.postMessage({ id: message.id, ok: true, set });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
