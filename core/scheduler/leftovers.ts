import { SLOTS_PER_WEEK as WEEK_SLOTS_PER_WEEK } from "../week/slots";
import { occupies, type PartnerKey, type SlotModel, type Wish } from "./model";
import type { Solution } from "./search";
import { scoreOf } from "./score";
import { EMPTY_PLAN, planWish, type WishPlan } from "./wish-dp";

// Local copies: hot loops read these, and an imported binding may cost a getter per read.
const SLOTS_PER_WEEK = WEEK_SLOTS_PER_WEEK;

/** Safety net past the node limit: keep plans in order, re-plan the rest around them. */
export function repair(model: SlotModel, plans: WishPlan[], nodes: number, allowed: Uint8Array[]): Solution {
  const out = greedy(model, allowed.map((mask, i) => (plans[i]!.slots.length > 0 ? mask : new Uint8Array(SLOTS_PER_WEEK))));
  return { plans: out, ...scoreOf(model, out), isExact: false, nodes };
}

/**
 * Each wish in turn at its own best within `allowed`, in the time the ones before it left:
 * in model order, or in `order` (wishes left out of it get nothing).
 */
export function greedy(model: SlotModel, allowed: Uint8Array[], order?: readonly number[]): WishPlan[] {
  const taken = new TakenTime();
  const plans: WishPlan[] = model.wishes.map(() => EMPTY_PLAN);
  for (const i of order ?? model.wishes.keys()) {
    const w = model.wishes[i]!;
    plans[i] = planWish(w, taken.clearFor(w, allowed[i]!));
    taken.take(w, plans[i]!.slots);
  }
  return plans;
}

/** Leftover time: give unscheduled wishes at least their minimum where it fits (never hurts). */
export function fillLeftovers(model: SlotModel, plans: WishPlan[]): WishPlan[] {
  const taken = new TakenTime();
  model.wishes.forEach((w, i) => taken.take(w, plans[i]!.slots));
  return plans.map((plan, i) => {
    if (plan.slots.length > 0) return plan;
    const w = model.wishes[i]!;
    const filled = planWish(w, taken.clearFor(w, w.free), undefined, true);
    taken.take(w, filled.slots);
    return filled;
  });
}

/** Each person's slots that blocks placed so far take (a together block takes both partners'). */
class TakenTime {
  private readonly by: Record<PartnerKey, Uint8Array> = { A: new Uint8Array(SLOTS_PER_WEEK), B: new Uint8Array(SLOTS_PER_WEEK) };

  /** The slots of `allowed` where nobody wish `w` occupies is taken yet. */
  clearFor(w: Wish, allowed: Uint8Array): Uint8Array {
    const mask = new Uint8Array(SLOTS_PER_WEEK);
    const isA = occupies(w, "A");
    const isB = occupies(w, "B");
    for (let s = 0; s < SLOTS_PER_WEEK; s++) mask[s] = allowed[s] && !(isA && this.by.A[s]) && !(isB && this.by.B[s]) ? 1 : 0;
    return mask;
  }

  take(w: Wish, slots: readonly number[]): void {
    for (const p of ["A", "B"] as const) if (occupies(w, p)) for (const s of slots) this.by[p][s] = 1;
  }
}
