import highs from "highs";
import { buildSlotModel, type SchedulerInput } from "./model";
import { balancedLp } from "./milp-model";

/**
 * DEV ONLY (tests and bench; the engine never imports this): the model's MILP
 * (milp-model.ts) solved by HiGHS, as an independent oracle for the balanced proposal —
 * its first stage (maximise t ≤ satisfaction of each partner) or, given a level, its second.
 */
export interface MilpResult {
  worseOff: number;
  /** Both partners' satisfaction added up (the objective of the second stage). */
  total: number;
  status: string;
  ms: number;
}

type Highs = Awaited<ReturnType<typeof highs>>;
let solverPromise: Promise<Highs> | undefined;

export interface MilpOptions {
  /**
   * The balanced proposal's second stage: the largest total satisfaction with both
   * partners at least this (the first stage's worse-off level).
   */
  worseOffAtLeast?: number;
  /** The largest total with each partner at least this well off (the Pareto check, OPT2). */
  atLeast?: { A: number; B: number };
}

export async function solveBalancedMilp(input: SchedulerInput, timeLimitSeconds = 60, options: MilpOptions = {}): Promise<MilpResult> {
  const solver = await (solverPromise ??= highs());
  const model = buildSlotModel(input);
  const level = options.worseOffAtLeast;
  const atLeast = options.atLeast ?? (level !== undefined ? { A: level, B: level } : undefined);
  const lp = balancedLp(model, atLeast ? { atLeast } : {});
  const started = performance.now();
  const result = solver.solve(lp, { time_limit: timeLimitSeconds, mip_rel_gap: 1e-6, output_flag: false } as never);
  const ms = performance.now() - started;
  const columns = result.Columns as Record<string, { Primal?: number } | undefined>;
  const isSolved = result.Status === "Optimal" || result.Status === "Time limit reached";
  const value = (column: string) => (isSolved ? (columns[column]?.Primal ?? NaN) : NaN);
  // t is only pushed up in the first stage; in the second the satisfactions themselves tell.
  const worseOff = atLeast === undefined ? value("t") : Math.min(value("satA"), value("satB"));
  return { worseOff, total: value("satA") + value("satB"), status: result.Status, ms };
}
