// EXA1's solver thread (highs-solver.ts): HiGHS solves one LP at a time here, so the thread
// that asked can stop waiting at a hard deadline and have this one terminated. Plain
// JavaScript: it needs no TypeScript loader, so a fresh thread is ready sooner.
import highs from "highs";
import { workerData } from "node:worker_threads";

/** workerData.signal: [0] = 1 once a reply is posted (the caller sets 0 as it posts an LP); [1] = 1 once HiGHS is loaded. */
const { port, signal } = workerData;
const flags = new Int32Array(signal);

const solver = await highs();
Atomics.store(flags, 1, 1);
Atomics.notify(flags, 1);

port.on("message", ({ lp, timeLimitMs }) => {
  let reply;
  try {
    const result = solver.solve(lp, { time_limit: timeLimitMs / 1000, mip_rel_gap: 1e-6, output_flag: false });
    const primal = {};
    for (const [name, column] of Object.entries(result.Columns)) if (column.Primal) primal[name] = column.Primal;
    reply = { status: result.Status, primal };
  } catch {
    reply = { status: "Error", primal: {} };
  }
  port.postMessage(reply);
  Atomics.store(flags, 0, 1);
  Atomics.notify(flags, 0);
});
