import { parentPort } from "node:worker_threads";
import { proposeSchedules, type SchedulerInput } from "../../core/scheduler/index";

// Runs the scheduler off the main thread, so a proposal set never stalls other couples' sessions.
parentPort!.on("message", (message: { id: number; input: SchedulerInput }) => {
  try {
    parentPort!.postMessage({ id: message.id, ok: true, set: proposeSchedules(message.input) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
