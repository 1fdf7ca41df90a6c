import { SLOTS_PER_DAY, SLOTS_PER_WEEK as WEEK_SLOTS_PER_WEEK } from "../week/slots";
import type { PartnerKey, SlotModel, Wish } from "./model";
import { wishScore } from "./satisfaction";
import { planWishWithin, type WishPlan } from "./wish-dp";

const SLOTS_PER_WEEK = WEEK_SLOTS_PER_WEEK;

/** Together time placed, and the whole schedule with each partner's needs around it (TOG1). */
export interface Placed {
  /** Plans of the together wishes (the other entries unused). */
  placement: WishPlan[];
  plans: WishPlan[];
}

export const EMPTY: WishPlan = { score: 0, slots: [], windowSum: 0 };

/** Placements with together wish `i` re-placed and the other together wishes kept. */
export function* replacements(model: SlotModel, together: readonly number[], current: Placed, i: number): Generator<WishPlan[]> {
  const seen = new Set<string>([current.placement[i]!.slots.join(",")]);
  const others = takenBy(together.filter((j) => j !== i), current.placement);
  for (const plan of placementsOf(model, current, i, others)) {
    const id = plan.slots.join(",");
    if (seen.has(id)) continue;
    seen.add(id);
    const placement = current.placement.slice();
    placement[i] = plan;
    yield placement;
  }
}

/**
 * Two together wishes trading places: wish `i` moves onto hours together wish `j` holds
 * now, and `j` (same count) goes where it fits best around it, or away from both
 * partners' needs. One wish at a time could never get there: each would clash with the other.
 */
export function* swaps(model: SlotModel, together: readonly number[], current: Placed, i: number): Generator<WishPlan[]> {
  for (const j of together) {
    const k = current.placement[j]!.slots.length;
    if (j === i || k === 0) continue;
    const held = new Uint8Array(SLOTS_PER_WEEK);
    for (const s of current.placement[j]!.slots) held[s] = 1;
    const rest = takenBy(together.filter((x) => x !== i && x !== j), current.placement);
    const wj = model.wishes[j]!;
    const needs = union(usedBy(model, current, "A"), usedBy(model, current, "B"));
    for (const plan of placementsOf(model, current, i, rest, false)) {
      if (!plan.slots.some((s) => held[s])) continue;
      for (const mask of [undefined, needs]) {
        const allowed = new Uint8Array(SLOTS_PER_WEEK);
        for (let s = 0; s < SLOTS_PER_WEEK; s++) allowed[s] = wj.free[s] && !rest[s] && !mask?.[s] ? 1 : 0;
        for (const s of plan.slots) allowed[s] = 0;
        const moved = exactly(wj, k, allowed);
        if (!moved) continue;
        const placement = current.placement.slice();
        placement[i] = plan;
        placement[j] = moved;
        yield placement;
      }
    }
  }
}

/**
 * Plans of together wish `i` outside `taken`: each count from its ideal down to its
 * minimum (and none), where its windows are best, or away from the hours one or both
 * partners' needs use now (`isAvoiding`), and every single block.
 */
function* placementsOf(model: SlotModel, current: Placed, i: number, taken: Uint8Array, isAvoiding = true): Generator<WishPlan> {
  const w = model.wishes[i]!;
  const byA = usedBy(model, current, "A");
  const byB = usedBy(model, current, "B");
  const avoid: (Uint8Array | undefined)[] = isAvoiding ? [undefined, byA, byB, union(byA, byB)] : [undefined];
  const counts = [0];
  for (let k = w.idealSlots; k >= Math.max(1, w.minSlots, w.blockSlots); k--) counts.push(k);
  for (const mask of avoid) {
    const allowed = new Uint8Array(SLOTS_PER_WEEK);
    for (let s = 0; s < SLOTS_PER_WEEK; s++) allowed[s] = w.free[s] && !taken[s] && !mask?.[s] ? 1 : 0;
    for (const k of counts) {
      const plan = k === 0 ? EMPTY : exactly(w, k, allowed);
      if (plan) yield plan;
    }
  }
  // Every single block of the wish: somewhere neither partner prefers may suit both best.
  for (const k of counts) {
    if (k === 0) continue;
    for (let start = 0; start + k <= SLOTS_PER_WEEK; start++) {
      if (Math.floor(start / SLOTS_PER_DAY) !== Math.floor((start + k - 1) / SLOTS_PER_DAY)) continue;
      let fits = true;
      for (let s = start; s < start + k && fits; s++) fits = w.free[s] === 1 && !taken[s];
      if (!fits) continue;
      const slots = Array.from({ length: k }, (_, t) => start + t);
      let windowSum = 0;
      for (const s of slots) windowSum += w.windowWeight[s] ?? 0;
      yield { score: wishScore(w, k, windowSum), slots, windowSum };
    }
  }
}

function usedBy(model: SlotModel, current: Placed, p: PartnerKey): Uint8Array {
  const mask = new Uint8Array(SLOTS_PER_WEEK);
  model.wishes.forEach((x, j) => {
    if (x.owner === p) for (const s of current.plans[j]!.slots) mask[s] = 1;
  });
  return mask;
}

/** Wish `w` with exactly k slots where its window weights are highest, or undefined if k cannot fit. */
function exactly(w: Wish, k: number, allowed: Uint8Array): WishPlan | undefined {
  const plan = planWishWithin({ ...w, minSlots: k, idealSlots: k }, allowed, undefined);
  if (!plan || plan.slots.length !== k) return undefined;
  let windowSum = 0;
  for (const s of plan.slots) windowSum += w.windowWeight[s] ?? 0;
  return { score: wishScore(w, k, windowSum), slots: plan.slots, windowSum };
}

export function takenBy(indices: readonly number[], placement: readonly WishPlan[]): Uint8Array {
  const taken = new Uint8Array(SLOTS_PER_WEEK);
  for (const i of indices) for (const s of placement[i]!.slots) taken[s] = 1;
  return taken;
}

function union(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(SLOTS_PER_WEEK);
  for (let s = 0; s < SLOTS_PER_WEEK; s++) out[s] = a[s]! | b[s]!;
  return out;
}
