import type { TBlock } from "../../../../core/scheduler/proposal";
import { DAY_NAMES, DAYS_PER_WEEK, SLOTS_PER_DAY, SLOT_MINUTES } from "../../../../core/week/slots";

/**
 * A proposal's week laid out for reading: by day on a phone, on a 7-column board on a wide
 * screen. Pure, so the same placement serves the proposals, the agreement and the tests.
 */

/** "HH:MM" for a half hour of the day, 0..48; the end of the day reads "24:00", never "00:00". */
export function timeOfHalfHour(halfHour: number): string {
  if (halfHour >= SLOTS_PER_DAY) return "24:00";
  const minutes = halfHour * SLOT_MINUTES;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** The half hour of a "HH:MM" text (minutes rounded down to the half hour), or null. */
export function halfHourOfTime(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 2 + (minutes >= 30 ? 1 : 0);
}

/** "Saturday 10:00" for a slot of the week. */
export function describeSlot(slot: number): string {
  return `${DAY_NAMES[Math.floor(slot / SLOTS_PER_DAY)]} ${timeOfHalfHour(slot % SLOTS_PER_DAY)}`;
}

/** "Saturday 10:00–12:30" for a block (which never crosses midnight). */
export function describeBlockTime(block: Pick<TBlock, "startSlot" | "endSlot">): string {
  const { day, startHalfHour, endHalfHour } = spanOf(block);
  return `${DAY_NAMES[day]} ${timeOfHalfHour(startHalfHour)}–${timeOfHalfHour(endHalfHour)}`;
}

/** "30 min", "2 h", "2 h 30 min". */
export function describeDuration(slots: number): string {
  const minutes = slots * SLOT_MINUTES;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export type TPlacedBlock = {
  /** Index into the proposal's `blocks`: what `proposal:adjust-block` names. */
  index: number;
  block: TBlock;
  day: number;
  startHalfHour: number;
  endHalfHour: number;
  /** Side-by-side lanes when two people's blocks overlap on the board. */
  lane: number;
  lanes: number;
};

export type TPlanDay = { day: number; name: string; blocks: TPlacedBlock[] };

export function spanOf(block: Pick<TBlock, "startSlot" | "endSlot">) {
  const day = Math.floor(block.startSlot / SLOTS_PER_DAY);
  const startHalfHour = block.startSlot - day * SLOTS_PER_DAY;
  return { day, startHalfHour, endHalfHour: startHalfHour + (block.endSlot - block.startSlot) };
}

const OWNER_ORDER: Record<TBlock["owner"], number> = { together: 0, A: 1, B: 2 };

/** Monday to Sunday, every day present (an empty day reads "nothing planned"), blocks in time order. */
export function blocksByDay(blocks: readonly TBlock[]): TPlanDay[] {
  const days: TPlanDay[] = DAY_NAMES.map((name, day) => ({ day, name, blocks: [] }));
  blocks.forEach((block, index) => {
    const span = spanOf(block);
    days[span.day]?.blocks.push({ index, block, ...span, lane: 0, lanes: 1 });
  });
  for (const day of days) {
    day.blocks.sort((a, b) => a.startHalfHour - b.startHalfHour || OWNER_ORDER[a.block.owner] - OWNER_ORDER[b.block.owner]);
    assignLanes(day.blocks);
  }
  return days;
}

/** Overlapping blocks (two people away at once) share their cluster's width, each in its own lane. */
function assignLanes(sorted: TPlacedBlock[]): void {
  let cluster: TPlacedBlock[] = [];
  let clusterEnd = -1;
  const close = () => {
    const lanes = Math.max(1, ...cluster.map((b) => b.lane + 1));
    for (const b of cluster) b.lanes = lanes;
    cluster = [];
  };
  for (const placed of sorted) {
    if (placed.startHalfHour >= clusterEnd) close();
    const laneEnds = new Map<number, number>();
    for (const b of cluster) laneEnds.set(b.lane, Math.max(laneEnds.get(b.lane) ?? 0, b.endHalfHour));
    let lane = 0;
    while ((laneEnds.get(lane) ?? -1) > placed.startHalfHour) lane++;
    placed.lane = lane;
    cluster.push(placed);
    clusterEnd = Math.max(clusterEnd, placed.endHalfHour);
  }
  close();
}

export type THourRange = { fromHour: number; toHour: number };

/**
 * The hours the board shows: every block, padded by an hour, and never less than
 * 08:00–22:00, so a sparse week still looks like a day.
 */
export function visibleHours(blocks: readonly TBlock[]): THourRange {
  let from = 8;
  let to = 22;
  for (const block of blocks) {
    const { startHalfHour, endHalfHour } = spanOf(block);
    from = Math.min(from, Math.max(0, Math.floor(startHalfHour / 2) - 1));
    to = Math.max(to, Math.min(24, Math.ceil(endHalfHour / 2) + 1));
  }
  return { fromHour: from, toHour: to };
}

/** Where a block sits on the board: its column (1–7) and its half-hour rows within the visible range. */
export function gridPlacement(placed: Pick<TPlacedBlock, "day" | "startHalfHour" | "endHalfHour">, range: THourRange) {
  const first = range.fromHour * 2;
  return {
    column: placed.day + 1,
    rowStart: placed.startHalfHour - first + 1,
    rowSpan: placed.endHalfHour - placed.startHalfHour,
  };
}

/** Total slots per owner, for the key figures of a proposal. */
export function slotsByOwner(blocks: readonly TBlock[]): Record<TBlock["owner"], number> {
  const totals = { A: 0, B: 0, together: 0 };
  for (const b of blocks) totals[b.owner] += b.endSlot - b.startSlot;
  return totals;
}

export const DAY_INDEXES = Array.from({ length: DAYS_PER_WEEK }, (_, d) => d);
