// EXA1's solver thread (highs-solver.ts): HiGHS solves one LP at a time here, so the thread
// that asked can stop waiting at a hard deadline and have this one terminated. Plain
// JavaScript: it needs no TypeScript loader, so a fresh thread is ready sooner.
import highs from "highs";
import { workerData } from "node:worker_threads";

/**
 * workerData.signal: [0] = 1 once a reply is posted (the caller sets 0 as it posts an LP); [1] = 1 once HiGHS is loaded.
 * workerData.wasmModule: HiGHS compiled once for the process (its optimised code shared by every thread).
 */
const { port, signal, wasmModule } = workerData;
const flags = new Int32Array(signal);

const solver = await highs({
  // Emscripten's hook: instantiate the shared module instead of fetching and compiling a copy.
  instantiateWasm: (imports, receiveInstance) => {
    void WebAssembly.instantiate(wasmModule, imports).then((instance) => receiveInstance(instance, wasmModule));
    return {};
  },
});
Atomics.store(flags, 1, 1);
Atomics.notify(flags, 1);

/** Its optimum, when proven, is an upper bound the caller adds to the next LP as a row on the level column `t`. */
function levelCapOf(lp, deadline) {
  const result = solver.solve(lp, { time_limit: Math.max(0.001, (deadline - performance.now()) / 1000), mip_rel_gap: 1e-6, output_flag: false });
  return result.Status === "Optimal" ? result.ObjectiveValue : undefined;
}

/** An LP, its time limit, and the solver's BackgroundOptions (milp-schedule.ts): `cappedBy` { lp, slack }, `relativeGap`. */
port.on("message", ({ lp, timeLimitMs, cappedBy, relativeGap = 1e-6 }) => {
  let reply;
  try {
    const deadline = performance.now() + timeLimitMs;
    const cap = cappedBy === undefined ? undefined : levelCapOf(cappedBy.lp, deadline);
    const capped = cap === undefined ? lp : lp.replace("\nSubject To\n", `\nSubject To\n levelcap: t <= ${cap + cappedBy.slack}\n`);
    const timeLimit = Math.max(0.001, (deadline - performance.now()) / 1000);
    const result = solver.solve(capped, { time_limit: timeLimit, mip_rel_gap: relativeGap, output_flag: false });
    const primal = {};
    for (const [name, column] of Object.entries(result.Columns)) if (column.Primal) primal[name] = column.Primal;
    reply = { status: result.Status, primal, ...(cap !== undefined ? { cap } : {}) };
  } catch {
    reply = { status: "Error", primal: {} };
  }
  port.postMessage(reply);
  Atomics.store(flags, 0, 1);
  Atomics.notify(flags, 0);
});
