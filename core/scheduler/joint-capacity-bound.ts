import { SLOTS_PER_WEEK } from "../week/slots";
import { occupies, type PartnerKey, type SlotModel, type Wish } from "./model";
import { totalWeight } from "./satisfaction";
import { planWish } from "./wish-dp";

/**
 * BND3 (README "Engine"): a bound on the balanced plan from both partners' time at once.
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
}

/** Both partners' sums must reach the level to within this (they are sums of the same scores). */
const TOLERANCE = 1e-6;

export function jointCapacityBound(model: SlotModel): JointBound {
  const cap = { A: capacityOf(model, "A"), B: capacityOf(model, "B") };
  const shared = Math.min(cap.A, cap.B);
  const side = (p: PartnerKey) => {
    const weight = totalWeight(model.wishes, p);
    const of = (kind: Wish["kind"]) => model.wishes.filter((w) => w.partner === p && w.kind === kind);
    return {
      // A partner without wishes is fully satisfied whatever happens (SAT1's empty average).
      scale: weight > 0 ? 100 / weight : 0,
      base: weight > 0 ? 0 : 100,
      needs: atMost(knapsack(of("need"), cap[p])),
      together: knapsack(of("together"), shared),
    };
  };
  const a = side("A");
  const b = side("B");
  // Every split of the shared hours between A's together wishes (t) and B's (u).
  const splits: { satA: number; satB: number }[] = [];
  for (let t = 0; t < a.together.length; t++) {
    for (let u = 0; t + u < b.together.length; u++) {
      const leftA = cap.A - t - u;
      const leftB = cap.B - t - u;
      if (leftA < 0 || leftB < 0) break;
      const satA = a.base + a.scale * (a.needs[leftA]! + a.together[t]!);
      const satB = b.base + b.scale * (b.needs[leftB]! + b.together[u]!);
      if (satA > -Infinity && satB > -Infinity) splits.push({ satA, satB });
    }
  }
  let level = -Infinity;
  for (const s of splits) level = Math.max(level, Math.min(s.satA, s.satB));
  let totalAtLevel = -Infinity;
  for (const s of splits) if (Math.min(s.satA, s.satB) >= level - TOLERANCE) totalAtLevel = Math.max(totalAtLevel, s.satA + s.satB);
  return { level, totalAtLevel };
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

/** best[c]: the largest weighted score of these wishes with exactly c slots among them (−Infinity: impossible). */
function knapsack(wishes: readonly Wish[], cap: number): Float64Array {
  let best = new Float64Array(cap + 1).fill(-Infinity);
  best[0] = 0;
  for (const w of wishes) {
    // A wish that cannot be placed at all (ideal below its block) scores 0 with 0 slots.
    const byK = planWish(w, w.free).byK ?? Float64Array.of(0);
    const next = new Float64Array(cap + 1).fill(-Infinity);
    for (let c = 0; c <= cap; c++) {
      const base = best[c]!;
      if (base === -Infinity) continue;
      for (let k = 0; k < byK.length && c + k <= cap; k++) {
        const v = byK[k]!;
        if (v !== -Infinity && base + w.weight * v > next[c + k]!) next[c + k] = base + w.weight * v;
      }
    }
    best = next;
  }
  return best;
}

/** best[c] as the largest with at most c slots: fewer slots than the capacity are always allowed. */
function atMost(best: Float64Array): Float64Array {
  const out = Float64Array.from(best);
  for (let c = 1; c < out.length; c++) if (out[c - 1]! > out[c]!) out[c] = out[c - 1]!;
  return out;
}
