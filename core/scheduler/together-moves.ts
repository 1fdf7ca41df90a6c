import { SLOTS_PER_DAY, SLOTS_PER_WEEK as WEEK_SLOTS_PER_WEEK } from "../week/slots";
import type { PartnerKey, SlotModel, Wish } from "./model";
import { EMPTY_PLAN, planOfSlots, planWishWithin, type WishPlan } from "./wish-dp";

const SLOTS_PER_WEEK = WEEK_SLOTS_PER_WEEK;

/** Together time placed, and the whole schedule with each partner's needs around it (TOG1). */
export interface Placed {
  /** Plans of the together wishes (the other entries unused). */
  placement: WishPlan[];
  plans: WishPlan[];
}

/** Placements with together wish `i` re-placed and the other together wishes kept. */
export function* replacements(model: SlotModel, together: readonly number[], current: Placed, i: number): Generator<WishPlan[]> {
  const seen = new Set<string>([current.placement[i]!.slots.join(",")]);
  const others = takenBy(together.filter((j) => j !== i), current.placement);
  const needs = needsOf(model, current);
  for (const plan of placementsOf(model.wishes[i]!, others, [undefined, needs.A, needs.B, needs.both])) {
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
  const { both } = needsOf(model, current);
  for (const j of together) {
    const k = current.placement[j]!.slots.length;
    if (j === i || k === 0) continue;
    const held = maskOf(current.placement[j]!.slots);
    const rest = takenBy(together.filter((x) => x !== i && x !== j), current.placement);
    const wj = model.wishes[j]!;
    for (const plan of placementsOf(model.wishes[i]!, rest, [undefined])) {
      if (!plan.slots.some((s) => held[s])) continue;
      const mine = maskOf(plan.slots);
      for (const avoid of [undefined, both]) {
        const moved = exactly(wj, k, allowedFor(wj, rest, mine, avoid));
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
 * Plans of together wish `w` outside `taken`: each count from its ideal down to its
 * minimum (and none), where its windows are best with each of `avoid` kept free too, and
 * every single block.
 */
function* placementsOf(w: Wish, taken: Uint8Array, avoid: readonly (Uint8Array | undefined)[]): Generator<WishPlan> {
  const counts = [0];
  for (let k = w.idealSlots; k >= Math.max(1, w.minSlots, w.blockSlots); k--) counts.push(k);
  for (const mask of avoid) {
    const allowed = allowedFor(w, taken, mask);
    for (const k of counts) {
      const plan = k === 0 ? EMPTY_PLAN : exactly(w, k, allowed);
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
      yield planOfSlots(w, Array.from({ length: k }, (_, t) => start + t));
    }
  }
}

/** The hours each partner's needs use now, and both together. */
function needsOf(model: SlotModel, current: Placed): Record<PartnerKey | "both", Uint8Array> {
  const used = { A: new Uint8Array(SLOTS_PER_WEEK), B: new Uint8Array(SLOTS_PER_WEEK), both: new Uint8Array(SLOTS_PER_WEEK) };
  model.wishes.forEach((x, j) => {
    if (x.owner === "together") return;
    for (const s of current.plans[j]!.slots) used[x.owner][s] = used.both[s] = 1;
  });
  return used;
}

/** Where wish `w` may go: its free slots, minus every slot set in any of `blocked`. */
export function allowedFor(w: Wish, ...blocked: (Uint8Array | undefined)[]): Uint8Array {
  const allowed = w.free.slice();
  for (const mask of blocked) if (mask) for (let s = 0; s < SLOTS_PER_WEEK; s++) if (mask[s]) allowed[s] = 0;
  return allowed;
}

/** Wish `w` with exactly k slots where its window weights are highest, or undefined if k cannot fit. */
function exactly(w: Wish, k: number, allowed: Uint8Array): WishPlan | undefined {
  const plan = planWishWithin({ ...w, minSlots: k, idealSlots: k }, allowed, undefined);
  return plan && plan.slots.length === k ? planOfSlots(w, plan.slots) : undefined;
}

/** The slots the plans of wishes `indices` take, as a mask. */
export function takenBy(indices: readonly number[], placement: readonly WishPlan[]): Uint8Array {
  const taken = new Uint8Array(SLOTS_PER_WEEK);
  for (const i of indices) for (const s of placement[i]!.slots) taken[s] = 1;
  return taken;
}

function maskOf(slots: readonly number[]): Uint8Array {
  const mask = new Uint8Array(SLOTS_PER_WEEK);
  for (const s of slots) mask[s] = 1;
  return mask;
}
