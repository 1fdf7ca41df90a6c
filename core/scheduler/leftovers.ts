import { SLOTS_PER_WEEK as WEEK_SLOTS_PER_WEEK } from "../week/slots";
import { occupies, type PartnerKey, type SlotModel } from "./model";
import type { Solution } from "./search";
import { scoreOf } from "./score";
import { planWish, type WishPlan } from "./wish-dp";

// Local copies: hot loops read these, and an imported binding may cost a getter per read.
const SLOTS_PER_WEEK = WEEK_SLOTS_PER_WEEK;

/** Safety net past the node limit: keep plans in order, re-plan the rest around them. */
export function repair(model: SlotModel, plans: WishPlan[], nodes: number, allowed: Uint8Array[]): Solution {
  const out = greedy(model, allowed.map((mask, i) => (plans[i]!.slots.length > 0 ? mask : new Uint8Array(SLOTS_PER_WEEK))));
  return { plans: out, ...scoreOf(model, out), isExact: false, nodes };
}

/** Each wish in turn at its own best within `allowed`, in the time the ones before it left. */
export function greedy(model: SlotModel, allowed: Uint8Array[]): WishPlan[] {
  const taken: Record<PartnerKey, Uint8Array> = { A: new Uint8Array(SLOTS_PER_WEEK), B: new Uint8Array(SLOTS_PER_WEEK) };
  return model.wishes.map((w, i) => {
    const mask = new Uint8Array(SLOTS_PER_WEEK);
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      const clash = (occupies(w, "A") && taken.A[s]) || (occupies(w, "B") && taken.B[s]);
      mask[s] = allowed[i]![s] && !clash ? 1 : 0;
    }
    const plan = planWish(w, mask);
    for (const s of plan.slots) {
      if (occupies(w, "A")) taken.A[s] = 1;
      if (occupies(w, "B")) taken.B[s] = 1;
    }
    return plan;
  });
}

/** Leftover time: give unscheduled wishes at least their minimum where it fits (never hurts). */
export function fillLeftovers(model: SlotModel, plans: WishPlan[]): WishPlan[] {
  const taken: Record<PartnerKey, Uint8Array> = { A: new Uint8Array(SLOTS_PER_WEEK), B: new Uint8Array(SLOTS_PER_WEEK) };
  model.wishes.forEach((w, i) => {
    for (const s of plans[i]!.slots) {
      if (occupies(w, "A")) taken.A[s] = 1;
      if (occupies(w, "B")) taken.B[s] = 1;
    }
  });
  return plans.map((plan, i) => {
    if (plan.slots.length > 0) return plan;
    const w = model.wishes[i]!;
    const mask = new Uint8Array(SLOTS_PER_WEEK);
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      const clash = (occupies(w, "A") && taken.A[s]) || (occupies(w, "B") && taken.B[s]);
      mask[s] = w.free[s] && !clash ? 1 : 0;
    }
    const filled = planWish(w, mask, undefined, true);
    for (const s of filled.slots) {
      if (occupies(w, "A")) taken.A[s] = 1;
      if (occupies(w, "B")) taken.B[s] = 1;
    }
    return filled;
  });
}
