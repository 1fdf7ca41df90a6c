import { msLeftInPhase } from "./budget";
import { blocksOf } from "./blocks";
import { balancedLp, milpSize, plansFromColumns } from "./milp-model";
import type { SchedulerInput, SlotModel } from "./model";
import { scoreOf } from "./score";
import { isAbove, worseOffFirst } from "./search";
import { checkBlocks } from "./verify";
import type { WishPlan } from "./wish-dp";

/**
 * EXA1 (README "Exact fallback"): where the engine cannot prove the balanced optimum in its
 * share of the budget, an exact MILP solver gets the model's two leximin stages in what is
 * left of its own share. The engine stays free of any solver: the caller (the proposal
 * worker, with HiGHS) passes one in.
 */
export interface LpSolution {
  /** "optimal": proven (relative gap 10⁻⁶); "stopped": time ran out with a schedule; "failed": none. */
  status: "optimal" | "stopped" | "failed";
  primal: (column: string) => number | undefined;
}
export type LpSolver = (lp: string, timeLimitMs: number) => LpSolution;

/** Past this many rows the LP text and its parse alone would take a large part of the budget. */
const MOST_ROWS = 40_000;
/** Without a budget (tests, the bench) each stage still ends. */
const UNBUDGETED_MS = 30_000;
/** Below this there is no point in starting a stage. */
const LEAST_MS = 30;

export interface ExactBalanced {
  plans: WishPlan[];
  /** Both stages proven: the leximin optimum within the model. */
  isOptimal: boolean;
}

export function solveBalancedExactly(input: SchedulerInput, model: SlotModel, solve: LpSolver): ExactBalanced | undefined {
  if (milpSize(model) > MOST_ROWS) return undefined;
  const stage = (atLeast?: { A: number; B: number }) => {
    const ms = Math.min(UNBUDGETED_MS, msLeftInPhase());
    if (ms < LEAST_MS) return undefined;
    const solution = solve(balancedLp(model, atLeast ? { atLeast } : {}), ms);
    if (solution.status === "failed") return undefined;
    const plans = plansFromColumns(model, solution.primal);
    // Trust, but check: a schedule that breaks a hard rule (a solver's tolerance) is dropped.
    if (checkBlocks(input, blocksOf(model, plans)).length > 0) return undefined;
    return { plans, isOptimal: solution.status === "optimal", ...scoreOf(model, plans) };
  };
  const first = stage();
  if (!first) return undefined;
  // The second stage keeps the first's level (a hair below, for the solver's tolerance) and adds what it can.
  const level = Math.min(first.satA, first.satB) - 1e-6;
  const second = first.isOptimal ? stage({ A: level, B: level }) : undefined;
  const best = second && !isAbove(worseOffFirst(first.satA, first.satB), worseOffFirst(second.satA, second.satB)) ? second : first;
  return { plans: best.plans, isOptimal: first.isOptimal && second?.isOptimal === true && best === second };
}
