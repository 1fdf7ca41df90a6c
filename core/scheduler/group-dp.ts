import { SLOTS_PER_DAY } from "../week/slots";
import { beamValue } from "./group-beam";
import { GroupBound } from "./group-bound";
import { bestEnding } from "./group-ending";
import { caps, gridOf, type GroupGrid } from "./group-grid";
import { addBlock, createLayer, type Layer } from "./group-layer";
import { checkTime } from "./budget";
import { sweepRow, type Pruning } from "./group-sweep";
import { BACK_LIMIT, BackLog, bytesPerKept, keepDayStart, traceByDays, traceWhole, type DayStart } from "./group-trace";
import type { Wish } from "./model";
import { windowSumOf, wishScore } from "./satisfaction";
import type { WishPlan } from "./wish-dp";

/**
 * The exact joint schedule of SEVERAL wishes of one partner on one person's timeline
 * (README "Engine", GRP1). DP over the week; state = which wish's block is open and its
 * length so far (capped at the minimum block) × how many slots each wish holds so far.
 * The value is that partner's weighted satisfaction sum, so among every schedule in which
 * these wishes share the person's time without overlap it finds the best one — whatever
 * the symmetry between days. The search merges wishes that collide into such a group
 * instead of branching slot by slot; the state space grows as the product of the ideals,
 * so the caller checks `groupWork` against a budget first.
 */

/** States × slots the DP would touch: the budget check before merging. */
export function groupWork(wishes: readonly Wish[], allowed: readonly Uint8Array[]): number {
  const cap = caps(wishes, allowed);
  const runStates = 1 + wishes.reduce((n, w) => n + w.blockSlots, 0);
  // A back-pointer byte holds the wish taken + 1 and a predecessor kind in 4 bits each.
  if (wishes.length > 14) return Infinity;
  let states = runStates;
  for (const c of cap) states *= c + 1;
  return states;
}

export interface GroupMember {
  wish: Wish;
  /** 1 where it may take the slot (already within its free time). */
  allowed: Uint8Array;
  /** Slots it must take (the search's branches). */
  required?: Uint8Array;
  /** False for the stand-in of the other partner's together wish: it only takes time. */
  isValued: boolean;
  /** Place value of its slot count in the linked-count key, 0 when its count is not linked (LNK1). */
  linkRadix: number;
  /** Slots to prefer among equal schedules (the other copy's, so the copies agree). */
  prefer?: Uint8Array;
}

export interface GroupTuning {
  /** Most bytes of back-pointers to hold at once (smaller: recompute more). */
  backLimit?: number;
  /** Joint DPs at least this wide prune against a known schedule. */
  pruneFrom?: number;
}

export interface GroupResult {
  /** One plan per member, same order. */
  plans: WishPlan[];
  /** Σ weight × score of the valued members. */
  value: number;
  /** Linked-count key of the chosen schedule. */
  key: number;
  /** Best value for every linked-count key that some schedule reaches. */
  table: Map<number, number>;
}

/**
 * @param crowded how many wishes outside the group want each slot (tie-break only)
 * @param forcedKey choose the best schedule with exactly these linked counts
 * @param tuning memory and pruning limits (tests set them to take every path)
 * @returns undefined when the required slots (or the forced counts) cannot be met
 */
export function planGroup(members: readonly GroupMember[], crowded?: Uint8Array, forcedKey?: number, tuning: GroupTuning = {}): GroupResult | undefined {
  const g = gridOf(members, crowded);
  if (!g) return undefined;
  const { R, rows } = g;
  const { backLimit = BACK_LIMIT, pruneFrom = PRUNE_FROM } = tuning;
  const wishes = members.map((m) => m.wish);
  const prune = g.width >= pruneFrom ? pruningOf(g, members, forcedKey) : undefined;
  // Layers are allocated once, as wide as the week can reach, when that fits; a pruned DP
  // (which reaches few states) or one too wide to hold up front starts small and grows
  // only as far as states are reached.
  const isSmall = g.widest * R * LAYER_BYTES_PER_STATE * 2 <= LAYERS_UP_FRONT;
  const capacity = isSmall && !prune ? g.widest : Math.min(g.widest, GROWING_START);
  const layers: [Layer, Layer] = [createLayer(g, capacity), createLayer(g, capacity)];
  let [cur, next] = layers;
  cur.value[addBlock(g, cur, 0) * R] = 0;
  // Every row's back-pointers while they fit; past the limit only each day's first layer
  // is kept, and a day's pointers are recomputed from it while tracing back.
  let most = 0;
  for (let row = 0; row < rows; row++) most += g.mostAfter[row]!;
  let back: BackLog | undefined = new BackLog(g, 0, Math.min(most, Math.floor(backLimit / bytesPerKept(g))));
  const sizes = new Int32Array(rows);
  const dayStart: (DayStart | undefined)[] = [];
  const mayOverflow = most * bytesPerKept(g) > backLimit;
  for (let row = 0; row < rows; row++) {
    const day = Math.floor(g.slotOfRow[row]! / SLOTS_PER_DAY);
    if (mayOverflow && dayStart[day] === undefined) dayStart[day] = keepDayStart(g, cur, row);
    checkTime();
    sweepRow(g, cur, next, row, back !== undefined, prune);
    [cur, next] = [next, cur];
    sizes[row] = cur.size;
    if (back && !back.keep(cur)) back = undefined;
  }
  const ending = bestEnding(g, cur, members, forcedKey);
  if (ending.c < 0) return undefined;
  const slots = back ? traceWhole(g, back, ending.c) : traceByDays(g, layers, dayStart, sizes, ending.c, backLimit, prune);
  const plans = wishes.map((w, j): WishPlan => {
    const mine = slots[j]!.reverse();
    const windowSum = windowSumOf(w, mine);
    const score = wishScore(w, mine.length, windowSum);
    // A wish that scores nothing gives its time back (as wish-dp does), unless its count
    // is linked or it must hold a slot.
    const isPinned = members[j]!.linkRadix > 0 || !members[j]!.isValued || members[j]!.required?.some((x) => x === 1);
    if (score <= 1e-12 && !isPinned) return { score: 0, slots: [], windowSum: 0 };
    return { score: members[j]!.isValued ? score : 0, slots: mine, windowSum };
  });
  let value = 0;
  plans.forEach((p, j) => (value += members[j]!.isValued ? wishes[j]!.weight * p.score : 0));
  return { plans, value, key: ending.key, table: ending.table };
}

/** Joint DPs at least this wide prune against a known schedule (smaller ones finish sooner without the bound and the beam). */
const PRUNE_FROM = 5000;
/** Blocks a growing layer starts with. */
const GROWING_START = 4096;
/** Bytes per state of a layer (value, tie-break, back-pointer), and the most both layers take up front. */
const LAYER_BYTES_PER_STATE = 11;
const LAYERS_UP_FRONT = 96_000_000;
/** How far below the known schedule a state's bound must fall to be dropped: far above EPS, so ties among the best are untouched. */
const PRUNE_MARGIN = 1e-6;

/**
 * Branch and bound inside the DP (group-bound.ts), when only the best schedule is asked
 * for: no linked counts, whose every key's best the search needs (LNK1), and no forced key.
 */
function pruningOf(g: GroupGrid, members: readonly GroupMember[], forcedKey?: number): Pruning | undefined {
  if (forcedKey !== undefined || members.some((m) => m.linkRadix > 0)) return undefined;
  const bound = new GroupBound(g, members);
  const known = beamValue(g, bound, members);
  return known === -Infinity ? undefined : { bound, cut: known - PRUNE_MARGIN };
}
