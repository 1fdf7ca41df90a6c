import { SLOTS_PER_WEEK } from "../week/slots";
import { occupies, type PartnerKey, type SlotModel, type Wish } from "./model";
import { totalWeight } from "./satisfaction";
import { planWish } from "./wish-dp";

/**
 * BND3 (README "Joint bound"): a bound on the balanced plan from both partners' time at once.
 * Each person's free hours are shared by their own needs and by every together wish,
 * theirs and their partner's, since a together block occupies both. So, with t slots of
 * A's together wishes and u of B's, A's needs have at most capA − t − u slots and B's
 * at most capB − t − u; each wish scores at most its best for the slots it gets (wish-dp,
 * windows included). The best min(satA, satB) over every such split bounds the level of
 * any schedule, and the best total at that level bounds the total there.
 *
 * It ignores where the slots lie, so it is tight where time itself is short — one partner
 * free only two evenings and a weekend afternoon, whose hours the other's together wishes
 * need too — and loose where wishes merely want the same hours.
 */
export interface JointBound {
  /** No schedule's worse-off partner is above this. */
  level: number;
  /** No schedule with both partners at `level` has a larger total. */
  totalAtLevel: number;
  /**
   * Slots per wish (by model index) of the split that reaches both: what each wish would
   * get if time were the only limit. INC2 (target-schedule.ts) places a schedule toward it.
   */
  targets: number[];
}

/** Both partners' sums must reach the level to within this (they are sums of the same scores). */
const TOLERANCE = 1e-6;

export function jointCapacityBound(model: SlotModel): JointBound {
  const cap = { A: capacityOf(model, "A"), B: capacityOf(model, "B") };
  const shared = Math.min(cap.A, cap.B);
  const side = (p: PartnerKey) => {
    const weight = totalWeight(model.wishes, p);
    const of = (kind: Wish["kind"]) => model.wishes.flatMap((w, i) => (w.partner === p && w.kind === kind ? [i] : []));
    return {
      // A partner without wishes is fully satisfied whatever happens (SAT1's empty average).
      scale: weight > 0 ? 100 / weight : 0,
      base: weight > 0 ? 0 : 100,
      needs: atMost(knapsack(model, of("need"), cap[p])),
      together: knapsack(model, of("together"), shared),
    };
  };
  const a = side("A");
  const b = side("B");
  // Every split of the shared hours between A's together wishes (t) and B's (u).
  const splits: { satA: number; satB: number; t: number; u: number }[] = [];
  for (let t = 0; t < a.together.best.length; t++) {
    for (let u = 0; t + u < b.together.best.length; u++) {
      const leftA = cap.A - t - u;
      const leftB = cap.B - t - u;
      if (leftA < 0 || leftB < 0) break;
      const satA = a.base + a.scale * (a.needs.best[leftA]! + a.together.best[t]!);
      const satB = b.base + b.scale * (b.needs.best[leftB]! + b.together.best[u]!);
      if (satA > -Infinity && satB > -Infinity) splits.push({ satA, satB, t, u });
    }
  }
  let level = -Infinity;
  for (const s of splits) level = Math.max(level, Math.min(s.satA, s.satB));
  let best: (typeof splits)[number] | undefined;
  for (const s of splits) if (Math.min(s.satA, s.satB) >= level - TOLERANCE && (!best || s.satA + s.satB > best.satA + best.satB)) best = s;
  const targets = new Array<number>(model.wishes.length).fill(0);
  if (best) {
    a.needs.countsInto(targets, cap.A - best.t - best.u);
    b.needs.countsInto(targets, cap.B - best.t - best.u);
    a.together.countsInto(targets, best.t);
    b.together.countsInto(targets, best.u);
  }
  return { level, totalAtLevel: best ? best.satA + best.satB : -Infinity, targets };
}

/** Whether a schedule with these satisfactions reaches the bound, and so is the balanced optimum (OPT1). */
export function reachesJointBound(bound: JointBound, satA: number, satB: number): boolean {
  return Math.min(satA, satB) >= bound.level - TOLERANCE && satA + satB >= bound.totalAtLevel - TOLERANCE;
}

/** Slots some wish occupying the person may take (their free, awake hours as the wishes see them). */
function capacityOf(model: SlotModel, p: PartnerKey): number {
  const usable = new Uint8Array(SLOTS_PER_WEEK);
  for (const w of model.wishes) if (occupies(w, p)) for (let s = 0; s < SLOTS_PER_WEEK; s++) usable[s] ||= w.free[s]!;
  let count = 0;
  for (let s = 0; s < SLOTS_PER_WEEK; s++) count += usable[s]!;
  return count;
}

interface Knapsack {
  /** best[c]: the largest weighted score of the wishes with c slots among them (−Infinity: impossible). */
  best: Float64Array;
  /** Writes how many slots each wish gets in a way to reach best[c]. */
  countsInto(targets: number[], c: number): void;
}

/** Over the wishes (model indices) with exactly c slots among them. */
function knapsack(model: SlotModel, wishes: readonly number[], cap: number): Knapsack {
  let best = new Float64Array(cap + 1).fill(-Infinity);
  best[0] = 0;
  // chosen[n][c]: the slots wish n takes on the way to best[c] after the first n + 1 wishes.
  const chosen: Int16Array[] = [];
  for (const i of wishes) {
    const w = model.wishes[i]!;
    // A wish that cannot be placed at all (ideal below its block) scores 0 with 0 slots.
    const byK = planWish(w, w.free).byK ?? Float64Array.of(0);
    const next = new Float64Array(cap + 1).fill(-Infinity);
    const pick = new Int16Array(cap + 1);
    for (let c = 0; c <= cap; c++) {
      const base = best[c]!;
      if (base === -Infinity) continue;
      for (let k = 0; k < byK.length && c + k <= cap; k++) {
        const v = byK[k]!;
        if (v !== -Infinity && base + w.weight * v > next[c + k]!) {
          next[c + k] = base + w.weight * v;
          pick[c + k] = k;
        }
      }
    }
    best = next;
    chosen.push(pick);
  }
  return {
    best,
    countsInto(targets, c) {
      for (let n = wishes.length - 1; n >= 0 && c >= 0; n--) {
        const k = chosen[n]![c]!;
        targets[wishes[n]!] = k;
        c -= k;
      }
    },
  };
}

/** As best[c], the largest with at most c slots: fewer slots than the capacity are always allowed. */
function atMost(knap: Knapsack): Knapsack {
  const best = Float64Array.from(knap.best);
  const from = Int32Array.from(best, (_, c) => c);
  for (let c = 1; c < best.length; c++) {
    if (best[c - 1]! > best[c]!) {
      best[c] = best[c - 1]!;
      from[c] = from[c - 1]!;
    }
  }
  return { best, countsInto: (targets, c) => knap.countsInto(targets, from[c]!) };
}
