import { SLOTS_PER_WEEK } from "../week/slots";
import { occupies, type SlotModel, type Wish } from "./model";
import { windowSumOf, wishScore } from "./satisfaction";
import { scoreOf } from "./score";
import type { Scored } from "./milp-schedule";
import { EMPTY_PLAN, planWish, type WishPlan } from "./wish-dp";

/**
 * INC2 (README "Joint bound"): a schedule placed toward BND3's split — each wish given the
 * slots the bound's best split gives it, where they still fit. On weeks whose minimums far
 * exceed the hours there are (the schema's maximum: eight needs of at least 30 h each for
 * 112 waking hours), which wishes to keep at all is the whole question, and the split
 * answers it where the search's incumbents keep the wrong ones.
 *
 * Together wishes go first (they need both partners' hours), then the longer minimum
 * blocks (the harder to fit); each takes its best slots for that count among the hours
 * still free, or nothing if it cannot reach its minimum there.
 */
export function scheduleToward(model: SlotModel, targets: readonly number[]): Scored {
  const taken = { A: new Uint8Array(SLOTS_PER_WEEK), B: new Uint8Array(SLOTS_PER_WEEK) };
  const plans: WishPlan[] = model.wishes.map(() => EMPTY_PLAN);
  const order = model.wishes
    .map((w, i) => ({ w, i }))
    .filter(({ i }) => targets[i]! > 0)
    .sort((x, y) => Number(y.w.kind === "together") - Number(x.w.kind === "together") || y.w.blockSlots - x.w.blockSlots || x.i - y.i);
  for (const { w, i } of order) {
    const allowed = new Uint8Array(SLOTS_PER_WEEK);
    for (let s = 0; s < SLOTS_PER_WEEK; s++) allowed[s] = w.free[s]! && !(occupies(w, "A") && taken.A[s]) && !(occupies(w, "B") && taken.B[s]) ? 1 : 0;
    const plan = placeCount(w, allowed, targets[i]!);
    if (!plan) continue;
    plans[i] = plan;
    for (const s of plan.slots) for (const p of ["A", "B"] as const) if (occupies(w, p)) taken[p][s] = 1;
  }
  return { plans, ...scoreOf(model, plans) };
}

/** The wish's best slots for at most `count` of them (its ideal lowered to it), scored as the wish itself; none below its minimum. */
function placeCount(w: Wish, allowed: Uint8Array, count: number): WishPlan | undefined {
  const capped: Wish = { ...w, idealSlots: Math.min(w.idealSlots, count) };
  const { slots } = planWish(capped, allowed);
  if (slots.length === 0 || slots.length < w.minSlots) return undefined;
  const windowSum = windowSumOf(w, slots);
  return { score: wishScore(w, slots.length, windowSum), slots, windowSum };
}
