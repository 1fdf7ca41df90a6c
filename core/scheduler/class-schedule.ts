import { msLeftInPhase, partOfPhase } from "./budget";
import { CLASS_TOLERANCE, classLp, slotClasses, type SlotClass } from "./class-bound";
import { scheduleFromMilp, UNBUDGETED_MS, type BackgroundSolve, type LpSolution, type LpSolver, type Scored } from "./milp-schedule";
import { isWithinMilpReach, type MilpStage } from "./milp-model";
import type { SchedulerInput, SlotModel } from "./model";
import { SLOTS_PER_DAY } from "../week/slots";

/**
 * CLS2 (README "Class bound"): a schedule found from the class MILP. CLS1's classes forget
 * where a wish's slots lie, so its counts rarely fit back on the week. Classes by run (each
 * an unbroken stretch of one day) keep enough of it for them mostly to fit: in every run of
 * its usable slots a wish takes nothing or at least a block, and fewer than a block in one
 * class only where a block runs on into the next (and a person's blocks run on across a
 * class's edge one at a time). Every schedule keeps these rules, so this MILP is a
 * relaxation too, tighter than CLS1's: its optimum also bounds every schedule's level.
 * Its counts are then placed on the week by the model's MILP: first exactly (each class's
 * slots fixed in number, a small search), else only on the days it gives each wish, with
 * both partners at its level.
 */

/** Below this there is no point in starting a solve. */
const LEAST_MS = 30;
/** Share of what is left the exact placement may take before the placement by days. */
const EXACT_PLACEMENT_SHARE = 0.4;

/** The total's weight beside the level: small enough never to trade a level's hundredth for it. */
const TOTAL_WEIGHT = 1e-4;
/** The relative gap the early class MILP may stop at: it finds counts, it proves no level. */
const EARLY_GAP = 1e-4;

/** The class MILP by run, being solved on the solver's second core since the engine began. */
export type EarlyCounts = BackgroundSolve;

/**
 * Where the solver has a second core, the class MILP by run starts there as the engine
 * begins, so that by the time the fallback needs it (after 30 % of the budget, BUD1) it has
 * mostly been solved beside the engine's own search. `ms`: until the fallback's end.
 */
export function startClassCounts(model: SlotModel, solve: LpSolver | undefined, ms: number): EarlyCounts | undefined {
  if (!solve?.background || !isWithinMilpReach(model)) return undefined;
  // The total counts a little too, so that its counts, placed, also leave the second stage
  // little to find. CLS1's level, solved first on that core, caps it. It looks for counts
  // and CLS1 proves their level, so it may stop within 10⁻⁴ of its optimum: where the two
  // agree (mostly) it stops about as soon as it reaches CLS1's level, 2–4 times sooner.
  const cappedBy = { lp: classLp(model, slotClasses(model)), slack: CLASS_TOLERANCE };
  return solve.background(classLp(model, slotClasses(model, true), { totalWeight: TOTAL_WEIGHT }), Math.min(UNBUDGETED_MS, ms), { cappedBy, relativeGap: EARLY_GAP });
}

/** The class MILP by run's answer, with what it was solved under. */
export interface ClassCounts {
  /** "optimal" only where its optimum is proven (the early solve stops at a looser gap: "stopped"). */
  solution: LpSolution;
  /** The level cap it was solved under (Infinity: none). */
  cap: number;
}

/** The early solve's answer, waiting at most `waitMs` for it: undefined while it is not there. */
export function earlyCounts(early: EarlyCounts, waitMs: number): ClassCounts | undefined {
  const solution = early.wait(waitMs);
  // Stopped short of its optimum, it bounds nothing: its counts are what it is for.
  return solution && { solution: { ...solution, status: solution.status === "optimal" ? "stopped" : solution.status }, cap: solution.cap ?? Infinity };
}

/** The class MILP by run solved now, in what is left of the phase, capped at `levelAtMost`. */
export function classCountsNow(model: SlotModel, solve: LpSolver, levelAtMost: number): ClassCounts | undefined {
  const ms = Math.min(UNBUDGETED_MS, msLeftInPhase());
  if (ms < LEAST_MS) return undefined;
  return { solution: solve(classLp(model, slotClasses(model, true), { levelAtMost }), ms), cap: levelAtMost };
}

/** What CLS2 found: a schedule, and a bound on every schedule's level where its MILP proved one. */
export interface ClassSchedule {
  schedule?: Scored;
  levelAtMost?: number;
}

/** The class MILP by run's counts placed on the week, in what is left of the phase. */
export function scheduleFromClasses(input: SchedulerInput, model: SlotModel, solve: LpSolver, { solution: counts, cap }: ClassCounts): ClassSchedule {
  if (counts.status === "failed") return {};
  const ms = () => Math.min(UNBUDGETED_MS, msLeftInPhase());
  // The same classes in the same order as the class MILP's: its columns y{i}_{j} name these.
  const classes = slotClasses(model, true);
  const bound = counts.status === "optimal" ? levelBoundOf(counts, cap) : undefined;
  const found = { ...(bound !== undefined ? { levelAtMost: bound } : {}) };
  const y = countsOf(counts);
  const place = (stage: MilpStage) => (ms() < LEAST_MS ? undefined : scheduleFromMilp(input, model, solve, stage, ms()));
  const exactly = partOfPhase(EXACT_PLACEMENT_SHARE, () => placeExactly(input, model, solve, classes, counts));
  if (exactly) return { ...found, schedule: exactly };
  const level = Math.min(counts.primal("satA") ?? 0, counts.primal("satB") ?? 0) - CLASS_TOLERANCE;
  const onDays = new Set(classes.flatMap((c, j) => model.wishes.flatMap((_, i) => (c.usable[i] && y(i, j) > 0 ? [`${i}:${c.day}`] : []))));
  const schedule = place({ atLeast: { A: level, B: level }, fixed: (i, slot) => (onDays.has(`${i}:${Math.floor(slot / SLOTS_PER_DAY)}`) ? undefined : 0) });
  return { ...found, ...(schedule ? { schedule } : {}) };
}

/** Slots of class j wish i gets in a class MILP's answer. */
function countsOf(counts: LpSolution): (i: number, j: number) => number {
  return (i, j) => Math.round(counts.primal(`y${i}_${j}`) ?? 0);
}

/** A class MILP's counts placed on the week by the model's MILP, each class's slots fixed in number (a small search). */
function placeExactly(input: SchedulerInput, model: SlotModel, solve: LpSolver, classes: readonly SlotClass[], counts: LpSolution): Scored | undefined {
  const ms = Math.min(UNBUDGETED_MS, msLeftInPhase());
  if (ms < LEAST_MS) return undefined;
  const y = countsOf(counts);
  const slotCounts = classes.flatMap((c, j) => model.wishes.flatMap((_, i) => (c.usable[i] ? [{ wish: i, slots: c.slots, count: y(i, j) }] : [])));
  return scheduleFromMilp(input, model, solve, { atLeast: { A: -1e3, B: -1e3 }, slotCounts }, ms);
}

/**
 * CLS2's second stage: the class MILP by run's largest total with both partners at `level`
 * or more, started on the solver's second core (where it has one) beside the model's own
 * second stage. A relaxation, so its optimum bounds the total of every schedule at that level.
 */
export function startClassTotal(model: SlotModel, solve: LpSolver, level: number, ms: number): BackgroundSolve | undefined {
  if (!solve.background || !isWithinMilpReach(model)) return undefined;
  return solve.background(classLp(model, slotClasses(model, true), { atLeast: { A: level, B: level } }), Math.min(UNBUDGETED_MS, ms));
}

/** What CLS2's second stage found: a bound on the total at its level, and its counts placed exactly on the week. */
export function scheduleFromClassTotal(input: SchedulerInput, model: SlotModel, solve: LpSolver, total: LpSolution): { totalAtMost?: number; schedule?: Scored } {
  if (total.status === "failed") return {};
  const totalAtMost = total.status === "optimal" ? (total.primal("satA") ?? 0) + (total.primal("satB") ?? 0) + CLASS_TOLERANCE : undefined;
  const schedule = placeExactly(input, model, solve, slotClasses(model, true), total);
  return { ...(totalAtMost !== undefined ? { totalAtMost } : {}), ...(schedule ? { schedule } : {}) };
}

/**
 * The bound a proven class MILP by run gives on every schedule's level, or undefined where
 * its optimum reached the cap it was solved under (the cap is the better bound then).
 */
function levelBoundOf(counts: LpSolution, cap: number): number | undefined {
  const level = Math.min(counts.primal("satA") ?? 0, counts.primal("satB") ?? 0);
  return level < cap - 2 * CLASS_TOLERANCE ? level + CLASS_TOLERANCE : undefined;
}
