import highs from "highs";
import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../week/slots";
import { buildSlotModel, occupies, type SchedulerInput } from "./model";
import { totalWeight } from "./satisfaction";

/**
 * DEV ONLY (tests and bench; the engine never imports this): the same model as a MILP,
 * solved by HiGHS, as an independent oracle for the balanced proposal's first stage —
 * maximise t ≤ satisfaction of each partner. Per slot x[i,s] (wish i takes slot s),
 * z[i,s] (a block of wish i starts at s: forces the next minBlock slots), u[i] (active:
 * min ≤ Σx ≤ ideal, else 0). Wish scores are linear in Σx, Σωx and u, as in README.
 */
export interface MilpResult {
  worseOff: number;
  /** Both partners' satisfaction added up (the objective of the second stage). */
  total: number;
  status: string;
  ms: number;
}

type Highs = Awaited<ReturnType<typeof highs>>;
let solverPromise: Promise<Highs> | undefined;

export interface MilpOptions {
  /**
   * The balanced proposal's second stage: the largest total satisfaction with both
   * partners at least this (the first stage's worse-off level).
   */
  worseOffAtLeast?: number;
}

export async function solveBalancedMilp(input: SchedulerInput, timeLimitSeconds = 60, options: MilpOptions = {}): Promise<MilpResult> {
  const solver = await (solverPromise ??= highs());
  const model = buildSlotModel(input);
  const rows: string[] = [];
  const binaries: string[] = [];
  const satTerms: Record<"A" | "B", string[]> = { A: [], B: [] };
  const byPersonSlot: Record<"A" | "B", string[][]> = { A: [], B: [] };
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    byPersonSlot.A.push([]);
    byPersonSlot.B.push([]);
  }
  model.wishes.forEach((w, i) => {
    const ok = (s: number) => s >= 0 && s < SLOTS_PER_WEEK && w.free[s] === 1;
    const u = `u${i}`;
    binaries.push(u);
    const xs: string[] = [];
    const omegaTerms: string[] = [];
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      if (!ok(s) || w.idealSlots < w.blockSlots) continue;
      const x = `x${i}_${s}`;
      const z = `z${i}_${s}`;
      binaries.push(x, z);
      xs.push(x);
      if (w.windowWeight[s]) omegaTerms.push(`${w.windowWeight[s]} ${x}`);
      for (const p of ["A", "B"] as const) if (occupies(w, p)) byPersonSlot[p][s]!.push(x);
      const prev = s % SLOTS_PER_DAY !== 0 && ok(s - 1) ? ` + x${i}_${s - 1}` : "";
      rows.push(`st${i}_${s}: ${z} - ${x}${prev} >= 0`);
      const day = Math.floor(s / SLOTS_PER_DAY);
      for (let t = 0; t < w.blockSlots; t++) {
        const q = s + t;
        if (!ok(q) || Math.floor(q / SLOTS_PER_DAY) !== day) {
          rows.push(`nz${i}_${s}: ${z} = 0`);
          break;
        }
        if (t > 0) rows.push(`bl${i}_${s}_${t}: x${i}_${q} - ${z} >= 0`);
      }
    }
    const sum = xs.length ? xs.join(" + ") : "0 u0";
    rows.push(`cap${i}: ${sum} - ${w.idealSlots} ${u} <= 0`);
    rows.push(`min${i}: ${sum} - ${w.minSlots} ${u} >= 0`);
    // score_i as a free variable defined by an equality.
    const sc = `sc${i}`;
    const ramp = w.idealSlots > w.minSlots ? (1 - w.windowShare) / (w.idealSlots - w.minSlots) : 0;
    const terms: string[] = [];
    if (ramp > 0) {
      for (const x of xs) terms.push(`- ${ramp} ${x}`);
      terms.push(`+ ${ramp * w.minSlots} ${u}`);
    } else terms.push(`- ${1 - w.windowShare} ${u}`);
    if (w.windowShare > 0) for (const t of omegaTerms) {
      const [coef, x] = t.split(" ");
      terms.push(`- ${(Number(coef) * w.windowShare) / (3 * w.idealSlots)} ${x}`);
    }
    rows.push(`def${i}: ${sc} ${terms.join(" ")} = 0`);
    satTerms[w.partner].push(`${(100 * w.weight) / totalWeight(model.wishes, w.partner)} ${sc}`);
  });
  for (const p of ["A", "B"] as const) {
    byPersonSlot[p].forEach((xs, s) => {
      if (xs.length > 1) rows.push(`ov${p}_${s}: ${xs.join(" + ")} <= 1`);
    });
    const terms = satTerms[p].length ? satTerms[p].map((t) => `- ${t}`).join(" ") : "";
    rows.push(`t${p}: t ${terms} <= ${satTerms[p].length ? 0 : 100}`);
    rows.push(`s${p}: sat${p} ${terms} = ${satTerms[p].length ? 0 : 100}`);
    if (options.worseOffAtLeast !== undefined) rows.push(`m${p}: sat${p} >= ${options.worseOffAtLeast}`);
  }
  const lp = [
    "Maximize",
    options.worseOffAtLeast !== undefined ? " obj: satA + satB" : " obj: t",
    "Subject To",
    ...rows.map((r) => ` ${r}`),
    "Bounds",
    " -1e3 <= t <= 1e3",
    " -1e3 <= satA <= 1e3",
    " -1e3 <= satB <= 1e3",
    ...model.wishes.map((_, i) => ` -1e3 <= sc${i} <= 1e3`),
    "Binary",
    ` ${binaries.join(" ")}`,
    "End",
  ].join("\n");
  const started = performance.now();
  const result = solver.solve(lp, { time_limit: timeLimitSeconds, mip_rel_gap: 1e-6, output_flag: false } as never);
  const ms = performance.now() - started;
  const columns = result.Columns as Record<string, { Primal?: number } | undefined>;
  const isSolved = result.Status === "Optimal" || result.Status === "Time limit reached";
  const value = (column: string) => (isSolved ? (columns[column]?.Primal ?? NaN) : NaN);
  // t is only pushed up in the first stage; in the second the satisfactions themselves tell.
  const worseOff = options.worseOffAtLeast === undefined ? value("t") : Math.min(value("satA"), value("satB"));
  return { worseOff, total: value("satA") + value("satB"), status: result.Status, ms };
}
