import { SLOTS_PER_WEEK as WEEK_SLOTS_PER_WEEK } from "../week/slots";
import type { PartnerKey, SlotModel } from "./model";
import type { WishPlan } from "./wish-dp";

// Local copies: hot loops read these, and an imported binding may cost a getter per read.
const SLOTS_PER_WEEK = WEEK_SLOTS_PER_WEEK;

/**
 * Second bound (BND1): a partner's wishes cannot together take more slots than the
 * partner has left to give them. Knapsack over that partner's wishes with each wish's
 * best score for every k (from wish-dp). Never above the relaxation; equal to it when the
 * relaxed plans do not collide, so the search stays exact.
 */
export function capacityBound(model: SlotModel, allowed: Uint8Array[], plans: WishPlan[], p: PartnerKey): number {
  const mine: number[] = [];
  const union = new Uint8Array(SLOTS_PER_WEEK);
  model.wishes.forEach((w, i) => {
    if (w.partner !== p) return;
    mine.push(i);
    const mask = allowed[i]!;
    for (let s = 0; s < SLOTS_PER_WEEK; s++) if (mask[s] && w.free[s]) union[s] = 1;
  });
  let cap = 0;
  for (let s = 0; s < SLOTS_PER_WEEK; s++) cap += union[s]!;
  let demand = 0;
  for (const i of mine) demand += plans[i]!.slots.length;
  if (demand <= cap) return Infinity;
  let best = new Float64Array(cap + 1);
  let totalWeight = 0;
  for (const i of mine) {
    const w = model.wishes[i]!;
    totalWeight += w.weight;
    const table = plans[i]!.byK;
    if (!table) return Infinity;
    const next = new Float64Array(cap + 1).fill(-Infinity);
    for (let c = 0; c <= cap; c++) {
      const base = best[c]!;
      if (base === -Infinity) continue;
      for (let k = 0; k < table.length && c + k <= cap; k++) {
        const v = table[k]!;
        if (v === -Infinity) continue;
        const nv = base + w.weight * v;
        if (nv > next[c + k]!) next[c + k] = nv;
      }
    }
    best = next;
  }
  let top = -Infinity;
  for (const v of best) if (v > top) top = v;
  return totalWeight > 0 ? (100 * top) / totalWeight : 100;
}
