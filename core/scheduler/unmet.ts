import { blockRoom, occupies, type SlotModel, type Wish } from "./model";
import type { TUnmetWish } from "./proposal";
import { planWish, type WishPlan } from "./wish-dp";
import { hoursText, listText } from "./wording";

/**
 * UNM1: every wish held below its minimum (or given nothing at all) is named with the
 * reason — no time of its own at all, or the competition that pushed it out.
 */
export function unmetWishes(model: SlotModel, plans: readonly WishPlan[]): TUnmetWish[] {
  const out: TUnmetWish[] = [];
  model.wishes.forEach((w, i) => {
    const k = plans[i]!.slots.length;
    if (k >= Math.max(1, w.minSlots)) return;
    if (k === 0 && w.minSlots === 0 && !alwaysEmpty(w)) {
      // Optional wish (minimum 0) that gave way: still say so, gently.
      out.push(note(w, `it was left out this week to make room for ${competitors(model, plans, i) || "other wishes"}.`));
      return;
    }
    out.push(note(w, reason(model, plans, i)));
  });
  return out;
}

function note(w: Wish, reason: string): TUnmetWish {
  return { partner: w.partner, wishId: w.id, label: w.label, kind: w.kind, reason };
}

/** Each wish's best on its own, once per wish: every proposal of a set asks again (BUD1). */
const aloneOf = new WeakMap<Wish, WishPlan>();
function alonePlan(w: Wish): WishPlan {
  let plan = aloneOf.get(w);
  if (!plan) aloneOf.set(w, (plan = planWish(w, w.free, undefined, true)));
  return plan;
}

function alwaysEmpty(w: Wish): boolean {
  return alonePlan(w).slots.length === 0;
}

/** Free slots lying in within-day runs of at least one block. */
function longestStretches(w: Wish): number {
  return blockRoom(w).reduce((total, x) => total + x, 0);
}

function reason(model: SlotModel, plans: readonly WishPlan[], i: number): string {
  const w = model.wishes[i]!;
  const who = w.owner === "together" ? "you are both free" : `${model.names[w.partner]} is free`;
  const block = hoursText(w.blockSlots);
  if (w.idealSlots < w.blockSlots) {
    return `the ideal of ${hoursText(w.idealSlots)} is shorter than one block of ${block}.`;
  }
  if (alwaysEmpty(w)) {
    const room = longestStretches(w);
    if (room === 0) return `there is no time when ${who} for at least ${block} in a row.`;
    return `there are only ${hoursText(room)} when ${who} in stretches of at least ${block}, less than the minimum of ${hoursText(w.minSlots)}.`;
  }
  const rivals = competitors(model, plans, i);
  return rivals
    ? `the minimums of ${w.label} and ${rivals} cannot all fit without leaving the partner who gets less even worse off.`
    : `its minimum of ${hoursText(w.minSlots)} cannot fit beside the rest of the plan.`;
}

/** Wishes that hold time this wish could have used on its own. */
function competitors(model: SlotModel, plans: readonly WishPlan[], i: number): string {
  const w = model.wishes[i]!;
  const alone = alonePlan(w);
  const wanted = new Set(alone.slots.length ? alone.slots : []);
  const names: string[] = [];
  model.wishes.forEach((other, j) => {
    if (j === i) return;
    const shares = (occupies(w, "A") && occupies(other, "A")) || (occupies(w, "B") && occupies(other, "B"));
    if (!shares) return;
    if (wanted.size === 0 || plans[j]!.slots.some((s) => wanted.has(s))) {
      const label = `${model.names[other.partner]}'s ${other.label}`;
      if (!names.includes(label)) names.push(label);
    }
  });
  return listText(names);
}
