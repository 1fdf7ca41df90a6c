import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../week/slots";
import { lpText, wishScoreRows, type MilpStage } from "./milp-model";
import type { LpSolver } from "./milp-schedule";
import { blockRoom, occupies, type PartnerKey, type SlotModel } from "./model";

/**
 * CLS1 (README "Class bound"): slots no wish can tell apart — the same partners free, and
 * for every wish the same window weight and the same chance of lying in a block — form one
 * class, and a schedule is relaxed to how many slots of each class each wish gets. Scores
 * depend on a wish's slot count and window sum alone (SAT1), so they are exact functions of
 * those counts; only where in a class the slots lie (blocks, SCH3) is forgotten. The class
 * MILP has a few dozen columns where the model's has thousands, and solves in milliseconds.
 *
 * Its leximin level bounds every schedule's, and where wishes merely want the same hours
 * (the bench's conflicting windows: every need and together wish preferring the same four
 * evenings and mornings) it equals the true optimum: a plan that reaches it is proven
 * without the model's first stage.
 */

/** A relaxation's optimum may lie this far above the solver's answer (relative gap 10⁻⁶ of a satisfaction ≤ 100). */
export const CLASS_TOLERANCE = 1e-4;

export const CLASS_LP_COMMENT = "\\ CLS1: the class MILP";

export interface SlotClass {
  /** Its slots, ascending. */
  slots: number[];
  /** Classes by day (CLS2) only: the day all its slots lie on. */
  day?: number;
  /** Per wish: may it take this class's slots at all (free, in a long enough run). */
  usable: boolean[];
  /** Per wish: window weight of the class's slots. */
  omega: number[];
}

/** Per wish, where a block of it could lie (none where its ideal is below one block: the MILP gives it no slot). */
function blockRuns(model: SlotModel): Uint8Array[] {
  return model.wishes.map((w) => (w.idealSlots < w.blockSlots ? new Uint8Array(SLOTS_PER_WEEK) : blockRoom(w)));
}

/** The week's slot classes; `byDay`: each day's apart (CLS2). */
export function slotClasses(model: SlotModel, byDay = false): SlotClass[] {
  const runs = blockRuns(model);
  const byKey = new Map<string, SlotClass>();
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    const usable = runs.map((r) => r[s] === 1);
    if (!usable.some(Boolean)) continue;
    const omega = model.wishes.map((w, i) => (usable[i] ? w.windowWeight[s]! : 0));
    const day = Math.floor(s / SLOTS_PER_DAY);
    const key = `${byDay ? day : ""}:${usable.map(Number).join("")}:${omega.join("")}`;
    const known = byKey.get(key);
    if (known) known.slots.push(s);
    else byKey.set(key, { slots: [s], usable, omega, ...(byDay ? { day } : {}) });
  }
  return [...byKey.values()];
}

/**
 * The class MILP: column y{i}_{c} = slots of class c wish i gets; `stage` as the model's
 * (its level cap, or a second stage's floor). With classes by day (CLS2), a wish takes on a
 * day nothing or at least a block (v{i}_{d}: it has a block that day).
 */
export function classLp(model: SlotModel, classes: readonly SlotClass[], stage: MilpStage = {}): string {
  const rows: string[] = [];
  const binaries: string[] = [];
  const integers: string[] = [];
  const bounds: string[] = [];
  const satTerms: Record<PartnerKey, string[]> = { A: [], B: [] };
  model.wishes.forEach((_, i) => {
    binaries.push(`u${i}`);
    const ys: string[] = [];
    const omegaTerms: string[] = [];
    const byDay = new Map<number, string[]>();
    classes.forEach((c, j) => {
      if (!c.usable[i]) return;
      const y = `y${i}_${j}`;
      ys.push(y);
      integers.push(y);
      bounds.push(` 0 <= ${y} <= ${c.slots.length}`);
      if (c.omega[i]) omegaTerms.push(`${c.omega[i]} ${y}`);
      if (c.day === undefined) return;
      const v = `v${i}_${c.day}`;
      if (!byDay.has(c.day)) {
        byDay.set(c.day, []);
        binaries.push(v);
      }
      byDay.get(c.day)!.push(y);
      rows.push(`on${i}_${j}: ${y} - ${c.slots.length} ${v} <= 0`);
    });
    for (const [day, ysOfDay] of byDay) rows.push(`bl${i}_${day}: ${ysOfDay.join(" + ")} - ${model.wishes[i]!.blockSlots} v${i}_${day} >= 0`);
    rows.push(...wishScoreRows(model, i, ys, omegaTerms, satTerms));
  });
  // No person in two blocks at once: each person's wishes share a class's slots.
  classes.forEach((c, j) => {
    for (const p of ["A", "B"] as const) {
      const ys = model.wishes.flatMap((w, i) => (c.usable[i] && occupies(w, p) ? [`y${i}_${j}`] : []));
      if (ys.length > 1) rows.push(`ov${p}_${j}: ${ys.join(" + ")} <= ${c.slots.length}`);
    }
  });
  // The comment names the LP for whoever reads a solver's input (and for the tests).
  return `${CLASS_LP_COMMENT}\n${lpText(model, stage, rows, binaries, integers, bounds, satTerms)}`;
}

export interface ClassBound {
  /** No schedule's worse-off partner is above this. */
  level: number;
  /** The largest total with both partners at `level` or more, asked for only when a plan reaches the level. */
  totalAtLevel: (ms: number) => number | undefined;
}

/** CLS1's bound, or undefined when the solver could not prove it in `ms`. */
export function classBound(model: SlotModel, solve: LpSolver, ms: number): ClassBound | undefined {
  const classes = slotClasses(model);
  const first = solve(classLp(model, classes), ms);
  if (first.status !== "optimal") return undefined;
  // A solved LP leaves its zero columns out.
  const level = Math.min(first.primal("satA") ?? 0, first.primal("satB") ?? 0);
  return {
    level: level + CLASS_TOLERANCE,
    totalAtLevel: (totalMs) => {
      const floor = level - CLASS_TOLERANCE;
      const second = solve(classLp(model, classes, { atLeast: { A: floor, B: floor } }), totalMs);
      if (second.status !== "optimal") return undefined;
      return (second.primal("satA") ?? 0) + (second.primal("satB") ?? 0) + CLASS_TOLERANCE;
    },
  };
}
