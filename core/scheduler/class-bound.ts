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
  const byRun = classes.some((c) => c.day !== undefined);
  const starts = byRun ? runStarts(blockRuns(model)) : [];
  // Classes j and j + 1 are one unbroken stretch of slots (classes by run come in slot order).
  const adjoins = (j: number) => byRun && j + 1 < classes.length && classes[j + 1]!.slots[0] === classes[j]!.slots.at(-1)! + 1 && classes[j + 1]!.day === classes[j]!.day;
  const crossings: string[][] = classes.map(() => []);
  model.wishes.forEach((w, i) => {
    binaries.push(`u${i}`);
    const ys: string[] = [];
    const omegaTerms: string[] = [];
    const ysOfRun = new Map<number, string[]>();
    classes.forEach((c, j) => {
      if (!c.usable[i]) return;
      const y = `y${i}_${j}`;
      ys.push(y);
      integers.push(y);
      bounds.push(` 0 <= ${y} <= ${c.slots.length}`);
      if (c.omega[i]) omegaTerms.push(`${c.omega[i]} ${y}`);
      if (!byRun) return;
      const run = starts[i]![c.slots[0]!]!;
      ysOfRun.set(run, [...(ysOfRun.get(run) ?? []), y]);
      binaries.push(`v${i}_${j}`);
      rows.push(`on${i}_${j}: ${y} - ${c.slots.length} v${i}_${j} <= 0`);
      if (adjoins(j) && classes[j + 1]!.usable[i]) {
        // c${i}_${j}: a block of the wish runs on from class j into class j + 1.
        binaries.push(`c${i}_${j}`);
        rows.push(`ca${i}_${j}: c${i}_${j} - v${i}_${j} <= 0`, `cb${i}_${j}: c${i}_${j} - v${i}_${j + 1} <= 0`);
        crossings[j]!.push(`c${i}_${j}`);
      }
    });
    if (!byRun) return void rows.push(...wishScoreRows(model, i, ys, omegaTerms, satTerms));
    const b = w.blockSlots;
    for (const [run, ysHere] of ysOfRun) {
      for (const y of ysHere) {
        const j = Number(y.slice(y.indexOf("_") + 1));
        // Every block is at least b long: the wish's slots in a run of its usable slots, if any, are b or more;
        rows.push(`bl${i}_${j}: ${ysHere.join(" + ")} - ${b} v${i}_${j} >= 0`);
        if (b <= 1) continue;
        // and fewer than b in one class only where a block runs on into a neighbouring class.
        const across = [j > 0 && adjoins(j - 1) && classes[j - 1]!.usable[i] ? `c${i}_${j - 1}` : "", adjoins(j) && classes[j + 1]!.usable[i] ? `c${i}_${j}` : ""].filter(Boolean);
        rows.push(`ed${i}_${j}: ${y}${across.map((c) => ` + ${b} ${c}`).join("")} - ${b} v${i}_${j} >= 0`);
        // A block running on from the class before holds its first slot; one running on into the next, its last.
        if (across.length === 2 && classes[j]!.slots.length > 1) rows.push(`bo${i}_${j}: ${y} - ${across.join(" - ")} >= 0`);
      }
      void run;
    }
    rows.push(...wishScoreRows(model, i, ys, omegaTerms, satTerms));
  });
  // A person is in one block at a time: on the slot where two classes meet, one block of theirs runs on at most.
  crossings.forEach((cs, j) => {
    for (const p of ["A", "B"] as const) {
      const mine = cs.filter((c) => occupies(model.wishes[Number(c.slice(1, c.indexOf("_")))]!, p));
      if (mine.length > 1) rows.push(`cr${p}_${j}: ${mine.join(" + ")} <= 1`);
    }
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
