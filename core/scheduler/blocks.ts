import { SLOTS_PER_DAY } from "../week/slots";
import type { SlotModel } from "./model";
import type { TBlock } from "./proposal";
import type { WishPlan } from "./wish-dp";

/** Plans (slot lists) → blocks: maximal runs of one wish, cut at midnight (SCH5). */
export function blocksOf(model: SlotModel, plans: readonly WishPlan[]): TBlock[] {
  const blocks: TBlock[] = [];
  plans.forEach((plan, i) => {
    const w = model.wishes[i]!;
    let start = -1;
    let prev = -2;
    const close = () => {
      if (start >= 0) {
        blocks.push({ owner: w.owner, wisher: w.partner, wishId: w.id, label: w.label, startSlot: start, endSlot: prev + 1 });
      }
    };
    for (const s of plan.slots) {
      const continues = s === prev + 1 && s % SLOTS_PER_DAY !== 0;
      if (!continues) {
        close();
        start = s;
      }
      prev = s;
    }
    close();
  });
  return blocks.sort((a, b) => a.startSlot - b.startSlot || ownerRank(a.owner) - ownerRank(b.owner));
}

function ownerRank(owner: TBlock["owner"]): number {
  return owner === "together" ? 0 : owner === "A" ? 1 : 2;
}

/** Short deterministic id: FNV-1a over the blocks. */
export function hashBlocks(blocks: readonly TBlock[]): string {
  let h = 0x811c9dc5;
  const text = blocks.map((b) => `${b.owner}/${b.wisher}/${b.wishId}/${b.startSlot}-${b.endSlot}`).join(";");
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
