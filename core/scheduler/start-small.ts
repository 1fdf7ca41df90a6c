import type { SlotModel } from "./model";
import type { TBlock } from "./proposal";

/**
 * "Start small" (RAMP1–RAMP3): four weeks that grow into the balanced plan. Week t keeps,
 * for every wish, the first ⌈n·t/4⌉ of its n blocks (best-placed first). Each week is a
 * subset of the next and the last is the full plan; since a wish's score never falls as
 * blocks are added, neither partner — in particular the worse-off one — ever loses
 * satisfaction from one week to the next.
 */
export const RAMP_WEEKS = 4;

export function rampWeeks(model: SlotModel, full: readonly TBlock[]): TBlock[][] {
  const byWish = new Map<string, TBlock[]>();
  for (const b of full) {
    const key = `${b.owner}/${b.wisher}/${b.wishId}`;
    byWish.set(key, [...(byWish.get(key) ?? []), b]);
  }
  const weightOf = (b: TBlock) => {
    const w = model.wishes.find((x) => x.partner === b.wisher && x.id === b.wishId && x.owner === b.owner);
    let sum = 0;
    for (let s = b.startSlot; s < b.endSlot; s++) sum += w?.windowWeight[s] ?? 0;
    return sum;
  };
  const ranked = [...byWish.values()].map((blocks) =>
    [...blocks].sort((x, y) => weightOf(y) - weightOf(x) || x.startSlot - y.startSlot),
  );
  const weeks: TBlock[][] = [];
  for (let t = 1; t <= RAMP_WEEKS; t++) {
    const keep = new Set(ranked.flatMap((blocks) => blocks.slice(0, Math.ceil((blocks.length * t) / RAMP_WEEKS))));
    weeks.push(full.filter((b) => keep.has(b)));
  }
  return weeks;
}
