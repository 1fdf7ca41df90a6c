import type { SlotModel } from "./model";
import { partnerSatisfaction } from "./satisfaction";
import type { WishPlan } from "./wish-dp";

/** Both partners' satisfaction (SAT1) for one plan per wish. */
export function scoreOf(model: SlotModel, plans: WishPlan[]): { satA: number; satB: number } {
  const scores = plans.map((p) => p.score);
  return {
    satA: partnerSatisfaction(model.wishes, scores, "A"),
    satB: partnerSatisfaction(model.wishes, scores, "B"),
  };
}
