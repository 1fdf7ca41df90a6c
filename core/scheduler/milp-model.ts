import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../week/slots";
import { occupies, type PartnerKey, type SlotModel } from "./model";
import { totalWeight } from "./satisfaction";
import { planOfSlots, type WishPlan } from "./wish-dp";

/**
 * The model (README "Model", SCH1–SCH7, SAT1) as a MILP in CPLEX LP text, for any LP
 * solver: the exact fallback inside the proposal worker (EXA1) and the dev-only oracle
 * share it. Per slot x[i,s] (wish i takes slot s), z[i,s] (a block of wish i starts at s:
 * forces the next minBlock slots), u[i] (active: min ≤ Σx ≤ ideal, else 0). Wish scores
 * are linear in Σx, Σωx and u, as in SAT1.
 */
export interface MilpStage {
  /**
   * Absent: the balanced first stage, maximise t ≤ each partner's satisfaction. Present:
   * the largest total with each partner at least this much.
   */
  atLeast?: { A: number; B: number };
  /** The first stage only: a level some schedule is known to reach (an incumbent's), so lower branches are cut. */
  levelAtLeast?: number;
  /**
   * A neighbourhood of a schedule (LNS1): slots the function answers for are fixed — 0
   * leaves the column out, 1 bounds it to 1 — and only the rest are decided.
   */
  fixed?: (wish: number, slot: number) => 0 | 1 | undefined;
  /** The first stage only: a level no schedule is above (CLS1's; Infinity: none known), so the solver may stop once it reaches it. */
  levelAtMost?: number;
  /**
   * Exactly `count` of these slots go to the wish (CLS2: a class MILP's counts placed back on
   * the week).
   */
  slotCounts?: readonly { wish: number; slots: readonly number[]; count: number }[];
  /** The first stage only: also reward the total by this weight, so that among equal levels the larger total wins. */
  totalWeight?: number;
}

/**
 * Past this many rows HiGHS cannot help within the budget: the schema's maximum (~26 000
 * rows, a 900 KB LP) took 1.1–1.4 s to stop at a 50 ms limit, and the bench's largest
 * realistic weeks have ~7 000.
 */
const MOST_ROWS = 12_000;

/** Is the week small enough for the exact fallback (EXA1) to be worth starting? */
export function isWithinMilpReach(model: SlotModel): boolean {
  return milpSize(model) <= MOST_ROWS;
}

/** Rows the LP would have, roughly: the fallback skips weeks whose LP alone would eat the budget. */
export function milpSize(model: SlotModel): number {
  let rows = 0;
  for (const w of model.wishes) {
    let free = 0;
    for (let s = 0; s < SLOTS_PER_WEEK; s++) free += w.free[s]!;
    rows += free * (w.blockSlots + 1);
  }
  return rows;
}

export function balancedLp(model: SlotModel, stage: MilpStage = {}): string {
  const rows: string[] = [];
  const binaries: string[] = [];
  const satTerms: Record<PartnerKey, string[]> = { A: [], B: [] };
  const byPersonSlot: Record<"A" | "B", string[][]> = { A: [], B: [] };
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    byPersonSlot.A.push([]);
    byPersonSlot.B.push([]);
  }
  const fixedToOne: string[] = [];
  model.wishes.forEach((w, i) => {
    const ok = (s: number) => s >= 0 && s < SLOTS_PER_WEEK && w.free[s] === 1 && stage.fixed?.(i, s) !== 0;
    binaries.push(`u${i}`);
    const xs: string[] = [];
    const omegaTerms: string[] = [];
    const sameDay = (a: number, b: number) => Math.floor(a / SLOTS_PER_DAY) === Math.floor(b / SLOTS_PER_DAY);
    const canStart = (s: number) => {
      for (let t = 0; t < w.blockSlots; t++) if (!ok(s + t) || !sameDay(s, s + t)) return false;
      return true;
    };
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      if (!ok(s) || w.idealSlots < w.blockSlots) continue;
      const x = `x${i}_${s}`;
      const z = `z${i}_${s}`;
      binaries.push(x);
      xs.push(x);
      if (stage.fixed?.(i, s) === 1) fixedToOne.push(x);
      if (w.windowWeight[s]) omegaTerms.push(`${w.windowWeight[s]} ${x}`);
      for (const p of ["A", "B"] as const) if (occupies(w, p)) byPersonSlot[p][s]!.push(x);
      const hasPrev = s % SLOTS_PER_DAY !== 0 && ok(s - 1);
      const starts = canStart(s);
      if (starts) binaries.push(z);
      // A run that begins here is a block's start.
      rows.push(`st${i}_${s}: ${x}${hasPrev ? ` - x${i}_${s - 1}` : ""}${starts ? ` - ${z}` : ""} <= 0`);
      // A block started in the last b slots covers this one (the minimum-up-time rows of
      // Rajan and Takriti: one row per slot, tighter than a row for each slot a start covers).
      const cover: string[] = [];
      for (let q = s; q > s - w.blockSlots && q >= 0 && sameDay(q, s); q--) if (ok(q) && canStart(q)) cover.push(`z${i}_${q}`);
      if (cover.length) rows.push(`up${i}_${s}: ${cover.join(" + ")} - ${x} <= 0`);
    }
    rows.push(...wishScoreRows(model, i, xs, omegaTerms, satTerms));
  });
  for (const p of ["A", "B"] as const) {
    byPersonSlot[p].forEach((xs, s) => {
      if (xs.length > 1) rows.push(`ov${p}_${s}: ${xs.join(" + ")} <= 1`);
    });
  }
  stage.slotCounts?.forEach(({ wish, slots, count }, k) => rows.push(`cnt${k}: ${slots.map((s) => `x${wish}_${s}`).join(" + ")} = ${count}`));
  return lpText(model, stage, rows, binaries, [], fixedToOne.map((x) => ` ${x} = 1`), satTerms);
}

/**
 * Wish i's SCH6–SCH7 rows (`u${i}`: active, min ≤ Σ ≤ ideal, else 0) and its score `sc${i}`
 * (SAT1) defined from its columns: `columns` each count one slot, `omegaTerms` ("ω column")
 * add their window weight. Appends the score's term to its partner's satisfaction.
 */
export function wishScoreRows(model: SlotModel, i: number, columns: readonly string[], omegaTerms: readonly string[], satTerms: Record<PartnerKey, string[]>): string[] {
  const w = model.wishes[i]!;
  const u = `u${i}`;
  const rows: string[] = [];
  const sum = columns.length ? columns.join(" + ") : "0 u0";
  rows.push(`cap${i}: ${sum} - ${w.idealSlots} ${u} <= 0`);
  rows.push(`min${i}: ${sum} - ${w.minSlots} ${u} >= 0`);
  // score_i as a free variable defined by an equality.
  const ramp = w.idealSlots > w.minSlots ? (1 - w.windowShare) / (w.idealSlots - w.minSlots) : 0;
  const terms: string[] = [];
  if (ramp > 0) {
    for (const x of columns) terms.push(`- ${ramp} ${x}`);
    terms.push(`+ ${ramp * w.minSlots} ${u}`);
  } else terms.push(`- ${1 - w.windowShare} ${u}`);
  if (w.windowShare > 0) for (const t of omegaTerms) {
    const [coef, x] = t.split(" ");
    terms.push(`- ${(Number(coef) * w.windowShare) / (3 * w.idealSlots)} ${x}`);
  }
  rows.push(`def${i}: sc${i} ${terms.join(" ")} = 0`);
  satTerms[w.partner].push(`${(100 * w.weight) / totalWeight(model.wishes, w.partner)} sc${i}`);
  return rows;
}

/**
 * The whole LP: the stage's objective (README "Exact fallback"), each partner's
 * satisfaction `sat${p}` from the wish scores' terms, and the columns' kinds.
 */
export function lpText(
  model: SlotModel,
  stage: MilpStage,
  rows: readonly string[],
  binaries: readonly string[],
  integers: readonly string[],
  bounds: readonly string[],
  satTerms: Record<PartnerKey, string[]>,
): string {
  const all = [...rows];
  for (const p of ["A", "B"] as const) {
    const terms = satTerms[p].length ? satTerms[p].map((t) => `- ${t}`).join(" ") : "";
    all.push(`t${p}: t ${terms} <= ${satTerms[p].length ? 0 : 100}`);
    all.push(`s${p}: sat${p} ${terms} = ${satTerms[p].length ? 0 : 100}`);
    if (stage.atLeast) all.push(`m${p}: sat${p} >= ${stage.atLeast[p]}`);
  }
  return [
    "Maximize",
    stage.atLeast ? " obj: satA + satB" : stage.totalWeight ? ` obj: t + ${stage.totalWeight} satA + ${stage.totalWeight} satB` : " obj: t",
    "Subject To",
    ...all.map((r) => ` ${r}`),
    "Bounds",
    ` ${stage.levelAtLeast ?? -1e3} <= t <= ${Math.min(stage.levelAtMost ?? Infinity, 1e3)}`,
    " -1e3 <= satA <= 1e3",
    " -1e3 <= satB <= 1e3",
    ...model.wishes.map((_, i) => ` -1e3 <= sc${i} <= 1e3`),
    ...bounds,
    ...(integers.length ? ["General", ` ${integers.join(" ")}`] : []),
    "Binary",
    ` ${binaries.join(" ")}`,
    "End",
  ].join("\n");
}

/** The schedule a solution's x columns describe, as one plan per wish (scored by SAT1 itself, not by the solver). */
export function plansFromColumns(model: SlotModel, primal: (column: string) => number | undefined): WishPlan[] {
  return model.wishes.map((w, i) => {
    const slots: number[] = [];
    for (let s = 0; s < SLOTS_PER_WEEK; s++) if ((primal(`x${i}_${s}`) ?? 0) > 0.5) slots.push(s);
    return planOfSlots(w, slots);
  });
}
