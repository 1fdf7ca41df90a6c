import { msLeftInPhase } from "./budget";
import type { MilpStage } from "./milp-model";
import { scheduleFromMilp, UNBUDGETED_MS, type LpSolver, type Scored } from "./milp-schedule";
import type { SchedulerInput, SlotModel } from "./model";
import { isAbove, worseOffFirst } from "./search";
import { SLOTS_PER_DAY } from "../week/slots";

/**
 * LNS1 (README "Exact fallback"): before the whole MILP, the exact solver improves the
 * engine's schedule one neighbourhood at a time. A neighbourhood keeps every slot of the
 * week as the schedule has it except on two days, which are decided afresh for every wish
 * at once: who takes a contested evening, whose run moves to the other day. Such a MILP has
 * about two sevenths of the columns and solves in milliseconds where the whole week's takes
 * seconds. It proves nothing; it finds the schedules the whole MILP then has to beat.
 */

/** Pairs of days, each decided afresh in turn (Monday = 0). */
const DAY_PAIRS: number[][] = [];
for (let a = 0; a < 7; a++) for (let b = a + 1; b < 7; b++) DAY_PAIRS.push([a, b]);

/** The longest one neighbourhood may take: a stuck one must not eat the whole search's time. */
const MOST_MS_PER_NEIGHBOURHOOD = 120;
/** Below this there is no point in starting another. */
const LEAST_MS = 15;
/** The total's weight beside the level: small enough never to trade a level's hundredth for it. */
const TOTAL_WEIGHT = 1e-4;

/** `isAtBound`: the schedule's level is one no schedule is above (CLS1), so no neighbourhood can lift it. */
export function improveByNeighbourhoods(input: SchedulerInput, model: SlotModel, solve: LpSolver, start: Scored, isAtBound: (x: Scored) => boolean = () => false): Scored {
  let best = start;
  // Passes over every pair until a whole pass finds nothing better (or time runs out).
  for (let isImproved = true; isImproved; ) {
    isImproved = false;
    for (const days of DAY_PAIRS) {
      // Without a budget (tests) each neighbourhood runs to its optimum, so the result does not depend on the machine.
      const left = msLeftInPhase();
      const ms = left === Infinity ? UNBUDGETED_MS : Math.min(MOST_MS_PER_NEIGHBOURHOOD, left);
      if (ms < LEAST_MS || isAtBound(best)) return best;
      const found = solveNeighbourhood(input, model, solve, best, days, ms);
      if (found && isAbove(worseOffFirst(found.satA, found.satB), worseOffFirst(best.satA, best.satB))) {
        best = found;
        isImproved = true;
      }
    }
  }
  return best;
}

function solveNeighbourhood(input: SchedulerInput, model: SlotModel, solve: LpSolver, around: Scored, days: number[], ms: number): Scored | undefined {
  const taken = around.plans.map((p) => new Set(p.slots));
  const isOpen = (s: number) => days.includes(Math.floor(s / SLOTS_PER_DAY));
  const stage: MilpStage = {
    // The schedule itself is in the neighbourhood: nothing below its level need be searched.
    levelAtLeast: Math.min(around.satA, around.satB) - 1e-6,
    totalWeight: TOTAL_WEIGHT,
    fixed: (wish, slot) => (isOpen(slot) ? undefined : taken[wish]!.has(slot) ? 1 : 0),
  };
  return scheduleFromMilp(input, model, solve, stage, ms);
}
