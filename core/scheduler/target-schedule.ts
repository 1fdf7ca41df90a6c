import { greedy } from "./leftovers";
import type { Scored } from "./milp-schedule";
import type { SlotModel } from "./model";
import { scoreOf } from "./score";
import { planOfSlots } from "./wish-dp";

/**
 * INC2 (README "Joint bound"): a schedule placed toward BND3's split — each wish given the
 * slots the bound's best split gives it, where they still fit. On weeks whose minimums far
 * exceed the hours there are (the schema's maximum: eight needs of at least 30 h each for
 * 112 waking hours), which wishes to keep at all is the whole question, and the split
 * answers it where the search's incumbents keep the wrong ones.
 *
 * Together wishes go first (they need both partners' hours), then the longer minimum
 * blocks (the harder to fit); each takes its best slots for that count among the hours
 * still free (`greedy`), or nothing if it cannot reach its minimum there.
 */
export function scheduleToward(model: SlotModel, targets: readonly number[]): Scored {
  // Each wish's ideal lowered to its target, so its own best is that many slots where they fit.
  const capped: SlotModel = { ...model, wishes: model.wishes.map((w, i) => ({ ...w, idealSlots: Math.min(w.idealSlots, targets[i]!) })) };
  const order = model.wishes
    .map((w, i) => ({ w, i }))
    .filter(({ i }) => targets[i]! > 0)
    .sort((x, y) => Number(y.w.kind === "together") - Number(x.w.kind === "together") || y.w.blockSlots - x.w.blockSlots || x.i - y.i)
    .map(({ i }) => i);
  const placed = greedy(capped, capped.wishes.map((w) => w.free), order);
  // Scored as the wishes themselves, not as their lowered copies.
  const plans = placed.map((plan, i) => planOfSlots(model.wishes[i]!, plan.slots));
  return { plans, ...scoreOf(model, plans) };
}
