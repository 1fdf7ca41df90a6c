import type { TStatement } from "../../../../core/negotiation/statement";
import type { TBlock, TPartnerKey } from "../../../../core/scheduler/proposal";
import { SLOTS_PER_DAY, SLOT_MINUTES } from "../../../../core/week/slots";

/**
 * Guidance for moving a block: where on a day its people are free. The server still
 * decides (SCH1–5); this only spares a partner guessing at times that will be refused.
 */
export type TBusyByPartner = Record<TPartnerKey, string>;
export type TStretch = { startHalfHour: number; endHalfHour: number };

function peopleOf(owner: TBlock["owner"]): TPartnerKey[] {
  return owner === "together" ? ["A", "B"] : [owner];
}

/** Stretches of the day when everyone in the block is free and in no other block, at least `minSlots` long. */
export function freeStretches(
  busy: TBusyByPartner,
  blocks: readonly TBlock[],
  blockIndex: number,
  day: number,
  minSlots: number,
): TStretch[] {
  const moving = blocks[blockIndex];
  if (!moving) return [];
  const people = peopleOf(moving.owner);
  const taken = new Array<boolean>(SLOTS_PER_DAY).fill(false);
  for (let h = 0; h < SLOTS_PER_DAY; h++) {
    const slot = day * SLOTS_PER_DAY + h;
    taken[h] = people.some((p) => busy[p][slot] === "1");
  }
  blocks.forEach((other, i) => {
    if (i === blockIndex || !peopleOf(other.owner).some((p) => people.includes(p))) return;
    for (let s = other.startSlot; s < other.endSlot; s++) {
      const h = s - day * SLOTS_PER_DAY;
      if (h >= 0 && h < SLOTS_PER_DAY) taken[h] = true;
    }
  });
  const stretches: TStretch[] = [];
  let start: number | null = null;
  for (let h = 0; h <= SLOTS_PER_DAY; h++) {
    const isFree = h < SLOTS_PER_DAY && !taken[h];
    if (isFree && start === null) start = h;
    if (!isFree && start !== null) {
      if (h - start >= minSlots) stretches.push({ startHalfHour: start, endHalfHour: h });
      start = null;
    }
  }
  return stretches;
}

/** The shortest block its wish allows, in slots (SCH3), read from the wisher's statement. */
export function minBlockSlots(block: TBlock, statements: Partial<Record<TPartnerKey, TStatement>>): number {
  const statement = statements[block.wisher];
  const wish = block.owner === "together"
    ? statement?.together.find((w) => w.id === block.wishId)
    : statement?.needs.find((n) => n.id === block.wishId);
  return Math.max(1, Math.ceil((wish?.minBlockMinutes ?? SLOT_MINUTES) / SLOT_MINUTES));
}

/** Lengths a block may take from a start time without crossing midnight (SCH5), shortest allowed first. */
export function lengthChoices(startHalfHour: number, minSlots: number): number[] {
  const longest = SLOTS_PER_DAY - startHalfHour;
  const choices: number[] = [];
  for (let n = Math.min(minSlots, longest); n <= longest; n++) choices.push(n);
  return choices;
}
