import { msLeftInPhase, partOfPhase } from "./budget";
import { CLASS_TOLERANCE, classLp, slotClasses } from "./class-bound";
import { scheduleFromMilp, UNBUDGETED_MS, type LpSolution, type LpSolver, type Scored } from "./milp-schedule";
import { isWithinMilpReach, type MilpStage } from "./milp-model";
import type { SchedulerInput, SlotModel } from "./model";
import { SLOTS_PER_DAY } from "../week/slots";

/**
 * CLS2 (README "Class bound"): a schedule found from the class MILP. CLS1's classes forget
 * where a wish's slots lie, so its counts rarely fit back on the week; with each day's
 * classes apart and every wish taking on a day nothing or at least a block, they mostly do.
 * That MILP has a few hundred columns, and capped at CLS1's level it stops as soon as it
 * reaches it. Its counts are then placed on the week by the model's MILP: first exactly
 * (each class's slots fixed in number, a small search), else only on the days it gives
 * each wish, with both partners at its level. A schedule at CLS1's level is proven.
 */

/** Below this there is no point in starting a solve. */
const LEAST_MS = 30;
/** Share of the time the class MILP by day may take; the placements share the rest. */
const COUNTS_SHARE = 0.6;
/** Share of what is left the exact placement may take before the placement by days. */
const EXACT_PLACEMENT_SHARE = 0.4;

/** The total's weight beside the level: small enough never to trade a level's hundredth for it. */
const TOTAL_WEIGHT = 1e-4;

/** The class MILP by day, being solved on the solver's second core since the engine began. */
export type EarlyCounts = (waitMs: number) => LpSolution | undefined;

/**
 * Where the solver has a second core, the class MILP by day starts there as the engine
 * begins, so that by the time the fallback needs it (after 30 % of the budget, BUD1) it has
 * mostly been solved beside the engine's own search. `ms`: until the fallback's end.
 */
export function startClassCounts(model: SlotModel, solve: LpSolver | undefined, ms: number): EarlyCounts | undefined {
  if (!solve?.background || !isWithinMilpReach(model)) return undefined;
  // The total counts a little too, so that its counts, placed, also leave the second stage little to find.
  return solve.background(classLp(model, slotClasses(model, true), { totalWeight: TOTAL_WEIGHT }), Math.min(UNBUDGETED_MS, ms));
}

/**
 * The class MILP by day's counts placed on the week; `early`: that MILP started as the
 * engine began (its answer then waited for here), else solved now, capped at `levelAtMost`.
 */
export function scheduleFromClasses(input: SchedulerInput, model: SlotModel, solve: LpSolver, levelAtMost: number, early?: EarlyCounts): Scored | undefined {
  const ms = () => Math.min(UNBUDGETED_MS, msLeftInPhase());
  // The same classes in the same order as `startClassCounts` built: its columns y{i}_{j} name these.
  const classes = slotClasses(model, true);
  const counts = partOfPhase(COUNTS_SHARE, () => {
    if (early) return early(ms());
    return ms() < LEAST_MS ? undefined : solve(classLp(model, classes, { levelAtMost }), ms());
  });
  if (!counts || counts.status === "failed") return undefined;
  const y = (i: number, j: number) => Math.round(counts.primal(`y${i}_${j}`) ?? 0);
  const place = (stage: MilpStage) => (ms() < LEAST_MS ? undefined : scheduleFromMilp(input, model, solve, stage, ms()));
  const slotCounts = classes.flatMap((c, j) => model.wishes.flatMap((_, i) => (c.usable[i] ? [{ wish: i, slots: c.slots, count: y(i, j) }] : [])));
  const exactly = partOfPhase(EXACT_PLACEMENT_SHARE, () => place({ atLeast: { A: -1e3, B: -1e3 }, slotCounts }));
  if (exactly) return exactly;
  const level = Math.min(counts.primal("satA") ?? 0, counts.primal("satB") ?? 0) - CLASS_TOLERANCE;
  const onDays = new Set(classes.flatMap((c, j) => model.wishes.flatMap((_, i) => (c.usable[i] && y(i, j) > 0 ? [`${i}:${c.day}`] : []))));
  return place({ atLeast: { A: level, B: level }, fixed: (i, slot) => (onDays.has(`${i}:${Math.floor(slot / SLOTS_PER_DAY)}`) ? undefined : 0) });
}
