import { SLOTS_PER_DAY } from "../week/slots";
import { caps, gridOf } from "./group-grid";
import { addBlock, createLayer, type Layer } from "./group-layer";
import { sweepRow } from "./group-sweep";
import { BACK_LIMIT, BackLog, keepDayStart, traceByDays, traceWhole, type DayStart } from "./group-trace";
import type { Wish } from "./model";
import { wishScore } from "./satisfaction";
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
const EPS = 1e-10;

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
 * @param backLimit most bytes of back-pointers to hold at once (smaller: recompute more)
 * @returns undefined when the required slots (or the forced counts) cannot be met
 */
export function planGroup(members: readonly GroupMember[], crowded?: Uint8Array, forcedKey?: number, backLimit = BACK_LIMIT): GroupResult | undefined {
  const g = gridOf(members, crowded);
  if (!g) return undefined;
  const { n, R, rows } = g;
  const wishes = members.map((m) => m.wish);
  const layers: [Layer, Layer] = [createLayer(g), createLayer(g)];
  let [cur, next] = layers;
  cur.value[addBlock(g, cur, 0) * R] = 0;
  // Every row's back-pointers while they fit; past the limit only each day's first layer
  // is kept, and a day's pointers are recomputed from it while tracing back.
  let most = 0;
  for (let row = 0; row < rows; row++) most += g.mostAfter[row]!;
  let back: BackLog | undefined = new BackLog(g, 0, Math.min(most, Math.floor(backLimit / (4 + R))));
  const sizes = new Int32Array(rows);
  const dayStart: (DayStart | undefined)[] = [];
  const mayOverflow = most * (4 + R) > backLimit;
  for (let row = 0; row < rows; row++) {
    const day = Math.floor(g.slotOfRow[row]! / SLOTS_PER_DAY);
    if (mayOverflow && dayStart[day] === undefined) dayStart[day] = keepDayStart(g, cur, row);
    sweepRow(g, cur, next, row, back !== undefined);
    [cur, next] = [next, cur];
    sizes[row] = cur.size;
    if (back && !back.keep(cur)) back = undefined;
  }
  // Every wish ends with nothing or between its minimum and its ideal (SCH6, SCH7).
  let bestC = -1;
  let bestV = -Infinity;
  let bestTie = -Infinity;
  let bestKey = 0;
  const table = new Map<number, number>();
  for (let i = 0; i < cur.size; i++) {
    const c = cur.counts[i]!;
    const at = cur.blockOf[c]! * R;
    const v0 = cur.value[at]!;
    if (v0 === -Infinity) continue;
    let rest = c;
    let v = v0;
    let key = 0;
    let isValid = true;
    for (let j = 0; j < n && isValid; j++) {
      const size = g.cap[j]! + 1;
      const k = rest % size;
      rest = (rest - k) / size;
      const w = wishes[j]!;
      key += k * members[j]!.linkRadix;
      if (k === 0) continue;
      if (k < Math.max(1, w.minSlots)) isValid = false;
      else if (members[j]!.isValued) v += w.weight * wishScore(w, k, 0);
    }
    if (!isValid) continue;
    const seen = table.get(key);
    if (seen === undefined || v > seen) table.set(key, v);
    if (forcedKey !== undefined && key !== forcedKey) continue;
    if (v > bestV + EPS || (v > bestV - EPS && cur.tie[at]! > bestTie)) {
      bestV = v;
      bestC = c;
      bestTie = cur.tie[at]!;
      bestKey = key;
    }
  }
  if (bestC < 0) return undefined;
  const slots = back ? traceWhole(g, back, bestC) : traceByDays(g, layers, dayStart, sizes, bestC, backLimit);
  const plans = wishes.map((w, j): WishPlan => {
    const mine = slots[j]!.reverse();
    let windowSum = 0;
    for (const s of mine) windowSum += w.windowWeight[s] ?? 0;
    const score = wishScore(w, mine.length, windowSum);
    // A wish that scores nothing gives its time back (as wish-dp does), unless its count
    // is linked or it must hold a slot.
    const isPinned = members[j]!.linkRadix > 0 || !members[j]!.isValued || members[j]!.required?.some((x) => x === 1);
    if (score <= 1e-12 && !isPinned) return { score: 0, slots: [], windowSum: 0 };
    return { score: members[j]!.isValued ? score : 0, slots: mine, windowSum };
  });
  let value = 0;
  plans.forEach((p, j) => (value += members[j]!.isValued ? wishes[j]!.weight * p.score : 0));
  return { plans, value, key: bestKey, table };
}
