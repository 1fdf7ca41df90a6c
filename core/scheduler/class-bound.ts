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
  /** Classes by run (CLS2) only: the day all its slots lie on, one unbroken run of them. */
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

/**
 * The week's slot classes; `byRun` (CLS2): each class is one unbroken run of slots within a
 * day, so that a wish's blocks can be counted per run of its own usable slots.
 */
export function slotClasses(model: SlotModel, byRun = false): SlotClass[] {
  const runs = blockRuns(model);
  const byKey = new Map<string, SlotClass>();
  let previousKey = "";
  let current: SlotClass | undefined;
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    const usable = runs.map((r) => r[s] === 1);
    if (!usable.some(Boolean)) {
      previousKey = "";
      continue;
    }
    const omega = model.wishes.map((w, i) => (usable[i] ? w.windowWeight[s]! : 0));
    const day = Math.floor(s / SLOTS_PER_DAY);
    const key = `${byRun ? day : ""}:${usable.map(Number).join("")}:${omega.join("")}`;
    if (byRun) {
      if (key === previousKey && current) current.slots.push(s);
      else byKey.set(`${s}`, (current = { slots: [s], usable, omega, day }));
      previousKey = key;
      continue;
    }
    const known = byKey.get(key);
    if (known) known.slots.push(s);
    else byKey.set(key, { slots: [s], usable, omega });
  }
  return [...byKey.values()];
}

/** Per wish, per slot: the first slot of the run of its usable slots the slot lies in. */
function runStarts(runs: readonly Uint8Array[]): Int16Array[] {
  return runs.map((r) => {
    const start = new Int16Array(SLOTS_PER_WEEK).fill(-1);
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      if (!r[s]) continue;
      const continues = s % SLOTS_PER_DAY !== 0 && r[s - 1] === 1;
      start[s] = continues ? start[s - 1]! : s;
    }
    return start;
  });
}

/**
 * The class MILP: column y{i}_{c} = slots of class c wish i gets; `stage` as the model's
 * (its level cap, or a second stage's floor). With classes by run (CLS2), a wish takes in
 * each run of its usable slots nothing or at least a block (v{i}_{r}: it has a block in the
 * run starting at slot r), as every schedule does: its slots there are runs of blocks.
 */
export function classLp(model: SlotModel, classes: readonly SlotClass[], stage: MilpStage = {}): string {
  const rows: string[] = [];
  const binaries: string[] = [];
  const integers: string[] = [];
  const bounds: string[] = [];
  const satTerms: Record<PartnerKey, string[]> = { A: [], B: [] };
  const byRun = classes.some((c) => c.day !== undefined) ? { starts: runStarts(blockRuns(model)) } : undefined;
  model.wishes.forEach((_, i) => {
    binaries.push(`u${i}`);
    const ys: string[] = [];
    const omegaTerms: string[] = [];
    classes.forEach((c, j) => {
      if (!c.usable[i]) return;
      const y = `y${i}_${j}`;
      ys.push(y);
      integers.push(y);
      bounds.push(` 0 <= ${y} <= ${c.slots.length}`);
      if (c.omega[i]) omegaTerms.push(`${c.omega[i]} ${y}`);
    });
    if (byRun) rows.push(...blockRowsByRun(model, classes, i, byRun.starts[i]!, binaries));
    rows.push(...wishScoreRows(model, i, ys, omegaTerms, satTerms));
  });
  if (byRun) rows.push(...oneBlockAcrossEachEdge(model, classes));
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

/** Classes by run j and j + 1 are one unbroken stretch of slots (they come in slot order). */
function adjoins(classes: readonly SlotClass[], j: number): boolean {
  const next = classes[j + 1];
  return next !== undefined && next.slots[0] === classes[j]!.slots.at(-1)! + 1 && next.day === classes[j]!.day;
}

/** Does a block of wish i run on from class j into class j + 1 (column c{i}_{j})? Only where both are its to use. */
function canRunOn(classes: readonly SlotClass[], i: number, j: number): boolean {
  return j >= 0 && classes[j]!.usable[i] === true && adjoins(classes, j) && classes[j + 1]!.usable[i] === true;
}

/**
 * Wish i's block rules over classes by run (v{i}_{j}: it has slots in class j; c{i}_{j}: a
 * block of it runs on from class j into j + 1); `runStart`: per slot, the first slot of the
 * run of its usable slots the slot lies in. Every schedule keeps them: its slots are blocks.
 */
function blockRowsByRun(model: SlotModel, classes: readonly SlotClass[], i: number, runStart: Int16Array, binaries: string[]): string[] {
  const rows: string[] = [];
  const b = model.wishes[i]!.blockSlots;
  const mine = classes.flatMap((c, j) => (c.usable[i] ? [j] : []));
  const ysOfRun = new Map<number, string[]>();
  for (const j of mine) {
    const run = runStart[classes[j]!.slots[0]!]!;
    ysOfRun.set(run, [...(ysOfRun.get(run) ?? []), `y${i}_${j}`]);
    binaries.push(`v${i}_${j}`);
    rows.push(`on${i}_${j}: y${i}_${j} - ${classes[j]!.slots.length} v${i}_${j} <= 0`);
    if (!canRunOn(classes, i, j)) continue;
    binaries.push(`c${i}_${j}`);
    rows.push(`ca${i}_${j}: c${i}_${j} - v${i}_${j} <= 0`, `cb${i}_${j}: c${i}_${j} - v${i}_${j + 1} <= 0`);
  }
  for (const j of mine) {
    const ysHere = ysOfRun.get(runStart[classes[j]!.slots[0]!]!)!;
    // In a run of its usable slots the wish takes nothing or at least a block;
    rows.push(`bl${i}_${j}: ${ysHere.join(" + ")} - ${b} v${i}_${j} >= 0`);
    if (b <= 1) continue;
    // in one class, fewer than a block only where a block runs on into a neighbouring class;
    const across = [canRunOn(classes, i, j - 1) ? `c${i}_${j - 1}` : "", canRunOn(classes, i, j) ? `c${i}_${j}` : ""].filter(Boolean);
    rows.push(`ed${i}_${j}: y${i}_${j}${across.map((c) => ` + ${b} ${c}`).join("")} - ${b} v${i}_${j} >= 0`);
    // and a block running on from the class before holds its first slot, one running on into the next its last.
    if (across.length === 2 && classes[j]!.slots.length > 1) rows.push(`bo${i}_${j}: y${i}_${j} - ${across.join(" - ")} >= 0`);
  }
  return rows;
}

/** A person is in one block at a time: on the slot where two classes meet, at most one block of theirs runs on. */
function oneBlockAcrossEachEdge(model: SlotModel, classes: readonly SlotClass[]): string[] {
  const rows: string[] = [];
  classes.forEach((_, j) => {
    for (const p of ["A", "B"] as const) {
      const across = model.wishes.flatMap((w, i) => (occupies(w, p) && canRunOn(classes, i, j) ? [`c${i}_${j}`] : []));
      if (across.length > 1) rows.push(`cr${p}_${j}: ${across.join(" + ")} <= 1`);
    }
  });
  return rows;
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
