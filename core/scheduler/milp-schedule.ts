import { blocksOf } from "./blocks";
import { balancedLp, plansFromColumns, type MilpStage } from "./milp-model";
import type { SchedulerInput, SlotModel } from "./model";
import { scoreOf } from "./score";
import type { Solution } from "./search";
import { checkBlocks } from "./verify";

/**
 * An exact MILP solver as the engine sees it (EXA1). The engine stays free of any solver:
 * the caller (the proposal worker, with HiGHS) passes one in.
 */
export interface LpSolution {
  /** "optimal": proven (relative gap 10⁻⁶); "stopped": time ran out with a schedule; "failed": none. */
  status: "optimal" | "stopped" | "failed";
  primal: (column: string) => number | undefined;
  /** A background solve capped by another LP (`LevelCap`): that LP's proven optimum, when it had one. */
  cap?: number;
}

/**
 * A background solve may first solve another LP whose objective is the level `t`: its proven
 * optimum, plus `slack`, then caps the level of the LP asked for (a row `t <= cap + slack`).
 */
export interface LevelCap {
  lp: string;
  slack: number;
}
export interface LpSolver {
  (lp: string, timeLimitMs: number): LpSolution;
  /**
   * Optional: starts a solve on a core of its own and returns at once (undefined when that
   * core is still busy with an earlier one).
   */
  background?: (lp: string, timeLimitMs: number, options?: BackgroundOptions) => BackgroundSolve | undefined;
}

export interface BackgroundOptions {
  cappedBy?: LevelCap;
  /**
   * The relative gap at which the solve may stop (default 10⁻⁶): a solve that only looks for
   * a schedule, not a proof, may stop sooner.
   */
  relativeGap?: number;
}

/** A solve running on the solver's second core. */
export interface BackgroundSolve {
  /** Waits at most `waitMs` for the answer: undefined while it is not there yet. */
  wait: (waitMs: number) => LpSolution | undefined;
  /** Nobody will wait for it any more: stop it, so the core is free for the next request. */
  cancel: () => void;
}

/** Without a budget (tests, the bench) each solve still ends, and mostly at its optimum, whatever the machine. */
export const UNBUDGETED_MS = 30_000;

/** A schedule with both partners' satisfaction. */
export type Scored = Pick<Solution, "plans" | "satA" | "satB">;

/**
 * One solve of the model's MILP (milp-model.ts) as a schedule; undefined when the solver
 * has none. Trust, but check: a schedule that breaks a hard rule (a solver's tolerance) is
 * dropped too.
 */
export function scheduleFromMilp(
  input: SchedulerInput,
  model: SlotModel,
  solve: LpSolver,
  stage: MilpStage,
  ms: number,
): (Scored & { isOptimal: boolean }) | undefined {
  const solution = solve(balancedLp(model, stage), ms);
  if (solution.status === "failed") return undefined;
  const plans = plansFromColumns(model, solution.primal);
  if (checkBlocks(input, blocksOf(model, plans)).length > 0) return undefined;
  return { plans, isOptimal: solution.status === "optimal", ...scoreOf(model, plans) };
}
