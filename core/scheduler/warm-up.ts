import type { TNeed, TStatement } from "../negotiation/statement";
import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../week/slots";
import { balancedLp } from "./milp-model";
import type { LpSolver } from "./milp-schedule";
import { buildSlotModel, type SchedulerInput } from "./model";

/**
 * A small, ordinary week for the proposal worker to run once before its first request
 * (BUD1): it takes the engine's loops through the JIT, so the first couple's set is not
 * billed for compiling them. Nothing of it is stored or shown.
 */
export function warmUpInput(): SchedulerInput {
  return { partners: { A: { name: "A", statement: statement(0) }, B: { name: "B", statement: statement(1) } }, timeZone: "UTC" };
}

/** How long the exact solver warms up. */
export const EXACT_WARM_UP_MS = 1_000;

/**
 * BUD1 for the exact solver (EXA1): its first solves run WebAssembly compiled for a quick
 * start, until V8 has optimised the functions that run hot; a contested week's class MILP
 * took 2.2 s cold and 0.8 s warm. So the worker has it solve the warm-up week's whole MILP
 * for a while before the first request (the solver's threads share the optimised code). It
 * does not finish that MILP in the time: only its code has to run.
 */
export function warmUpExactSolver(solve: LpSolver, ms = EXACT_WARM_UP_MS): void {
  solve(balancedLp(buildSlotModel(warmUpInput())), ms);
}

function statement(shift: number): TStatement {
  const busy = new Array<string>(SLOTS_PER_WEEK).fill("0");
  for (let d = 0; d < 7; d++) {
    for (let h = 0; h < 14; h++) busy[d * SLOTS_PER_DAY + h] = "1";
    if (d < 5) for (let h = 17 + shift; h < 35 + shift; h++) busy[d * SLOTS_PER_DAY + h] = "1";
  }
  const need = (i: number, hours: number, block: number): TNeed => ({
    id: `n${i}`,
    label: `n${i}`,
    kind: "alone",
    minHoursPerWeek: block / 60,
    idealHoursPerWeek: hours,
    minBlockMinutes: block,
    windows: [{ days: [i, i + 2, 5], startHalfHour: 36, endHalfHour: 44, weight: 2 }],
    priority: 2 + i,
  });
  return {
    appreciation: "-",
    needs: [need(0, 6, 60), need(1, 4, 120), need(2, 3, 30)],
    together: [{ id: "t", label: "t", minHoursPerWeek: 2, idealHoursPerWeek: 4, minBlockMinutes: 120, windows: [{ days: [4, 5], startHalfHour: 38, endHalfHour: 46, weight: 3 }] }],
    fears: [],
    reassurance: { frequency: "none", channel: "any", words: "" },
    busy: busy.join(""),
  };
}
