import highs from "highs";
import type { LpSolver } from "../../core/scheduler/milp-schedule";

/**
 * EXA1: HiGHS (WebAssembly) as the proposal worker's exact fallback. Loaded once per
 * worker; a solve is synchronous and ends by its time limit.
 */
export async function loadHighsSolver(): Promise<LpSolver> {
  const solver = await highs();
  return (lp, timeLimitMs) => {
    try {
      const result = solver.solve(lp, { time_limit: timeLimitMs / 1000, mip_rel_gap: 1e-6, output_flag: false } as never);
      const columns = result.Columns as Record<string, { Primal?: number } | undefined>;
      const status = result.Status === "Optimal" ? "optimal" : result.Status === "Time limit reached" ? "stopped" : "failed";
      return { status, primal: (column) => columns[column]?.Primal };
    } catch {
      // A solver failure leaves the engine's own schedule in place.
      return { status: "failed", primal: () => undefined };
    }
  };
}
