import { DAY_NAMES, SLOTS_PER_DAY, clockOfHalfHour, dayOfSlot } from "../week/slots";
import type { TBlock } from "./proposal";

/** Plain words for times and hours, shared by explanations, check-ins and unmet notes. */
export function hoursText(slots: number): string {
  const h = slots / 2;
  return h === 1 ? "1 hour" : `${h} hours`;
}

export function whenText(block: Pick<TBlock, "startSlot" | "endSlot">): string {
  const day = DAY_NAMES[dayOfSlot(block.startSlot)]!;
  const start = clockOfHalfHour(block.startSlot % SLOTS_PER_DAY);
  const end = clockOfHalfHour(block.endSlot - dayOfSlot(block.startSlot) * SLOTS_PER_DAY);
  return `${day} ${start}–${end}`;
}

export function slotText(slot: number): string {
  return `${DAY_NAMES[dayOfSlot(slot) % 7]!} ${clockOfHalfHour(slot % SLOTS_PER_DAY)}`;
}

export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
