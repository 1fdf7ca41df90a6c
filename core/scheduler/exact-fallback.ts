import { msLeftInPhase, partOfPhase } from "./budget";
import { CLASS_TOLERANCE, classBound, type ClassBound } from "./class-bound";
import { classCountsNow, earlyCounts, scheduleFromClasses, scheduleFromClassTotal, startClassTotal, type EarlyCounts } from "./class-schedule";
import { isWithinMilpReach, type MilpStage } from "./milp-model";
import { scheduleFromMilp, UNBUDGETED_MS, type LpSolver, type Scored } from "./milp-schedule";
import type { SchedulerInput, SlotModel } from "./model";
import { improveByNeighbourhoods } from "./neighbourhoods";
import { isAbove, worseOffFirst } from "./search";
import type { WishPlan } from "./wish-dp";

/**
 * EXA1 (README "Exact fallback"): where the engine cannot prove the balanced optimum in its
 * share of the budget, an exact MILP solver (milp-schedule.ts) gets the model's two leximin
 * stages in what is left of its own share.
 */

/** Below this there is no point in starting a stage. */
const LEAST_MS = 30;

export interface ExactBalanced {
  plans: WishPlan[];
  /** Both stages proven: the leximin optimum within the model. */
  isOptimal: boolean;
}

/**
 * Share of the phase's time the first stage may take when it cannot prove its level: the
 * rest is for the second stage, which at least makes the plan kept Pareto-optimal (OPT2).
 */
const FIRST_STAGE_SHARE = 0.75;
/**
 * How close the engine's level must come to a bound on it to count as proven: both are sums
 * of the same wish scores, so they differ by rounding alone when equal.
 */
const LEVEL_TOLERANCE = 1e-6;
/** Share of the phase's time each class MILP (CLS1) may take: it mostly needs 10–100 ms. */
const CLASS_SHARE = 0.15;
/** Share of the phase's time LNS1 may take while CLS2's class MILP is still being solved on the second core. */
const WHILE_COUNTING_SHARE = 0.5;
/** Share of what is left that may then still be spent waiting for that MILP's answer. */
const COUNTS_WAIT_SHARE = 0.4;
/** Share of the phase's time CLS2 may take to solve its class MILP (without a second core) and place its counts. */
const CLASS_SCHEDULE_SHARE = 0.5;
/** Share of the phase's time the neighbourhoods (LNS1) may take before the whole MILP's first stage. */
const NEIGHBOURHOOD_SHARE = 0.5;
/**
 * Share of what is left the model's second stage may take while CLS2's runs beside it; the
 * rest is for waiting for that one's answer and placing its counts (a small search).
 */
const SECOND_STAGE_BESIDE_SHARE = 0.7;
/** Share of what is then left that may be spent waiting for it; placing its counts gets the rest. */
const TOTAL_WAIT_SHARE = 0.6;

/**
 * The leximin plan in two stages: the highest level both partners reach (above the level
 * LNS1 reaches from the `engine`'s schedule), then the largest total with each partner at
 * least that well off. When the first stage cannot prove its level in time, the second
 * still runs from the better of the two schedules (each partner at least as well off as
 * there), so the plan kept is never one the model can improve for one partner with nobody
 * losing — but it is not proven leximin-optimal. `levelAtMost`, when given, is a bound on the
 * level no schedule's worse-off partner is above (the engine's: a partner's best, its
 * search's open bound, BND3).
 */
export function solveBalancedExactly(
  input: SchedulerInput,
  model: SlotModel,
  solve: LpSolver,
  engine?: Scored,
  levelAtMost?: number,
  early?: EarlyCounts,
): ExactBalanced | undefined {
  if (!isWithinMilpReach(model)) return undefined;
  const stage = (options: MilpStage, share: number) => {
    const ms = Math.min(UNBUDGETED_MS, msLeftInPhase() * share);
    return ms < LEAST_MS ? undefined : scheduleFromMilp(input, model, solve, options, ms);
  };
  // CLS1: the class MILP's level, often the optimum's where wishes want the same hours.
  const classes = partOfPhase(CLASS_SHARE, () => {
    const ms = Math.min(UNBUDGETED_MS, msLeftInPhase());
    return ms < LEAST_MS ? undefined : classBound(model, solve, ms);
  });
  let bound = Math.min(levelAtMost ?? Infinity, classes?.level ?? Infinity);
  // EXA2: where a schedule already reaches that bound, its level is proven without the MILP's
  // first stage (nor LNS1 once the engine's does), and the second stage gets the whole time.
  const proven = (x: Scored) => {
    // The class MILP's counts are not needed any more: its thread takes CLS2's second stage.
    early?.cancel();
    return secondStage(x, { ...x, isOptimal: true }, stage, classes, besideOf(input, model, solve, x));
  };
  if (engine && reaches(engine, bound)) return proven(engine);
  // CLS2: the class MILP by run, its counts placed on the week; its optimum bounds the level
  // too. Solved on the second core since the engine began: while it is still at it, LNS1 runs
  // here, until its answer arrives (with a budget: without one, runs must not depend on timing).
  let counts = early && earlyCounts(early, 0);
  let start = engine;
  if (early && !counts && engine) {
    if (msLeftInPhase() !== Infinity) {
      start = partOfPhase(WHILE_COUNTING_SHARE, () => improveByNeighbourhoods(input, model, solve, engine, (x) => reaches(x, bound) || (counts = earlyCounts(early, 0)) !== undefined));
      if (reaches(start, bound)) return proven(start);
    }
    counts ??= partOfPhase(COUNTS_WAIT_SHARE, () => earlyCounts(early, msLeftInPhase()));
  }
  const placed = start
    ? partOfPhase(CLASS_SCHEDULE_SHARE, () => {
        // Without a second core, solved now, capped at CLS1's level.
        const byRun = counts ?? (!early && classes ? classCountsNow(model, solve, bound) : undefined);
        return byRun && scheduleFromClasses(input, model, solve, byRun);
      })
    : undefined;
  bound = Math.min(bound, placed?.levelAtMost ?? Infinity);
  const found = placed?.schedule;
  if (found && start && isAbove(worseOffFirst(found.satA, found.satB), worseOffFirst(start.satA, start.satB))) start = found;
  if (start && reaches(start, bound)) return proven(start);
  // LNS1 next: its schedule is one the whole MILP's first stage need not look below.
  const incumbent = start && partOfPhase(NEIGHBOURHOOD_SHARE, () => improveByNeighbourhoods(input, model, solve, start, (x) => reaches(x, bound)));
  if (incumbent && reaches(incumbent, bound)) return proven(incumbent);
  const first = stage({ levelAtMost: bound, ...(incumbent ? { levelAtLeast: Math.min(incumbent.satA, incumbent.satB) - 1e-6 } : {}) }, FIRST_STAGE_SHARE);
  const isFirstProven = first !== undefined && reaches(first, bound);
  // Still solving the class MILP by run, past any use: its thread is better spent on CLS2's second stage.
  if (first?.isOptimal) early?.cancel();
  return secondStage(incumbent, first, stage, isFirstProven ? classes : undefined, first?.isOptimal ? besideOf(input, model, solve, first) : undefined);
}

/** CLS2's second stage at a proven level, on the second core beside the model's own, and what comes of it. */
interface ClassTotalBeside {
  /** Waits for it in what is left of the phase: a bound on the total at that level, and a schedule. */
  take: () => ReturnType<typeof scheduleFromClassTotal> | undefined;
  cancel: () => void;
}

function besideOf(input: SchedulerInput, model: SlotModel, solve: LpSolver, at: Scored): ClassTotalBeside | undefined {
  const total = startClassTotal(model, solve, Math.min(at.satA, at.satB) - 1e-6, msLeftInPhase());
  if (!total) return undefined;
  return {
    take: () => {
      const answer = partOfPhase(TOTAL_WAIT_SHARE, () => total.wait(Math.min(UNBUDGETED_MS, msLeftInPhase())));
      return answer && scheduleFromClassTotal(input, model, solve, answer);
    },
    cancel: () => total.cancel(),
  };
}

/** Does the schedule's worse-off partner reach a bound on every schedule's? */
function reaches(x: Scored, levelAtMost: number | undefined): boolean {
  return levelAtMost !== undefined && Math.min(x.satA, x.satB) >= levelAtMost - LEVEL_TOLERANCE - CLASS_TOLERANCE;
}

type Stage = (options: MilpStage, share: number) => (Scored & { isOptimal: boolean }) | undefined;

/**
 * The largest total at the level of the better of `incumbent` and the first stage's
 * schedule, or, when that level is not proven, with each partner at least as well off as
 * there; the best of the three schedules is kept.
 */
function secondStage(
  incumbent: Scored | undefined,
  first: (Scored & { isOptimal: boolean }) | undefined,
  stage: Stage,
  classes?: ClassBound,
  beside?: ClassTotalBeside,
): ExactBalanced | undefined {
  try {
    const isFirstBetter = (x: { satA: number; satB: number } | undefined) =>
      x !== undefined && (!incumbent || !isAbove(worseOffFirst(incumbent.satA, incumbent.satB), worseOffFirst(x.satA, x.satB)));
    // The plan the second stage must keep each partner at least as well off as (a hair below, for the solver's tolerance).
    const base = isFirstBetter(first) ? first! : incumbent;
    if (!base) return undefined;
    const level = Math.min(base.satA, base.satB) - 1e-6;
    const atLeast = first?.isOptimal ? { A: level, B: level } : { A: base.satA - 1e-6, B: base.satB - 1e-6 };
    // CLS1 again: at a proven level, a plan whose total reaches the class MILP's is proven whole.
    const totalAtMost = first?.isOptimal ? partOfPhase(CLASS_SHARE, () => classes?.totalAtLevel(Math.min(UNBUDGETED_MS, msLeftInPhase()))) : undefined;
    if (totalAtMost !== undefined && base.satA + base.satB >= totalAtMost - 2 * CLASS_TOLERANCE) return { plans: base.plans, isOptimal: true };
    const second = stage({ atLeast }, beside ? SECOND_STAGE_BESIDE_SHARE : 1);
    const candidates = [second, first, incumbent].filter((x): x is NonNullable<typeof x> => x !== undefined);
    let best = candidates.reduce<Scored | undefined>((b, x) => (!b || isAbove(worseOffFirst(x.satA, x.satB), worseOffFirst(b.satA, b.satB)) ? x : b), undefined);
    if (!best) return undefined;
    if (first?.isOptimal === true && second?.isOptimal === true && best === second) return { plans: best.plans, isOptimal: true };
    // CLS2's second stage, where the model's did not prove its total: a bound on it, and its counts placed.
    const byRun = first?.isOptimal ? beside?.take() : undefined;
    const placed = byRun?.schedule;
    if (placed && Math.min(placed.satA, placed.satB) >= level && isAbove(worseOffFirst(placed.satA, placed.satB), worseOffFirst(best.satA, best.satB))) best = placed;
    const isTotalProven = byRun?.totalAtMost !== undefined && Math.min(best.satA, best.satB) >= level && best.satA + best.satB >= byRun.totalAtMost - 2 * CLASS_TOLERANCE;
    return { plans: best.plans, isOptimal: first?.isOptimal === true && isTotalProven };
  } finally {
    beside?.cancel();
  }
}
