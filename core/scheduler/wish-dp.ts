import { SLOTS_PER_DAY as WEEK_SLOTS_PER_DAY, SLOTS_PER_WEEK as WEEK_SLOTS_PER_WEEK } from "../week/slots";
import type { Wish } from "./model";
import { windowSumOf, wishScore } from "./satisfaction";

// Local copies: hot loops read these, and an imported binding may cost a getter per read.
const SLOTS_PER_DAY = WEEK_SLOTS_PER_DAY;
const SLOTS_PER_WEEK = WEEK_SLOTS_PER_WEEK;

/**
 * The best schedule of ONE wish inside an allowed mask, for every number of slots at
 * once (DP over the week, state = slots taken so far × length of the open run). The
 * exact search treats wishes as independent and only branches where they collide, so
 * this DP is the whole relaxation.
 */
export interface WishPlan {
  score: number;
  /** Slots taken, ascending. */
  slots: number[];
  windowSum: number;
  /** Best score with exactly k slots (−Infinity where impossible); feeds the capacity bound. */
  byK?: Float64Array;
}

let backBuffer = new Int32Array(0);
const idleBuffer = new Uint8Array(SLOTS_PER_WEEK);
/** A wish given nothing. */
export const EMPTY_PLAN: WishPlan = { score: 0, slots: [], windowSum: 0 };

/** Wish `w` holding exactly these slots, scored by SAT1. */
export function planOfSlots(w: Wish, slots: number[]): WishPlan {
  const windowSum = windowSumOf(w, slots);
  return { score: wishScore(w, slots.length, windowSum), slots, windowSum };
}
/** Window weight dominates the tie-break: |tie-break| ≤ 120·48 < WINDOW_SCALE / 2. */
const WINDOW_SCALE = 65536;

/** Daytime (08:00–22:00) is preferred among schedules that score the same. */
export function isDaytime(s: number): boolean {
  const h = s % SLOTS_PER_DAY;
  return h >= 16 && h < 44;
}

/**
 * @param allowed 1 where the wish may take the slot (already ANDed with its free mask)
 * @param crowded optional count of other wishes wanting each slot; used only to break
 *   ties towards uncontested slots, which keeps the search tree small. Scores never change.
 */
export function planWish(w: Wish, allowed: Uint8Array, crowded?: Uint8Array, keepZero = false): WishPlan {
  return planWishWithin(w, allowed, undefined, crowded, keepZero) ?? EMPTY_PLAN;
}

/**
 * As planWish, but every slot in `required` must be taken (the search's "this wish gets
 * that slot" branch). Returns undefined when no schedule of the wish can honour that.
 */
export function planWishWithin(
  w: Wish,
  allowed: Uint8Array,
  required: Uint8Array | undefined,
  crowded?: Uint8Array,
  keepZero = false,
): WishPlan | undefined {
  const K = w.idealSlots;
  const b = w.blockSlots;
  const mustTake = required !== undefined && required.some((x) => x === 1);
  if (K < b || K === 0) return mustTake ? undefined : EMPTY_PLAN;
  const J = b + 1;
  const width = (K + 1) * J;
  let cur = new Float64Array(width).fill(-Infinity);
  let next = new Float64Array(width).fill(-Infinity);
  cur[0] = 0;
  // back[s*width + state] = previous state index (taking a slot is implied by k rising).
  // One shared buffer: the engine is synchronous, and allocating megabytes per call dominated.
  if (backBuffer.length < SLOTS_PER_WEEK * width) backBuffer = new Int32Array(SLOTS_PER_WEEK * width);
  const back = backBuffer;
  // Days without a single allowed slot leave every state as it is: skip them.
  const isSkipped = new Uint8Array(7);
  for (let d = 0; d < 7; d++) {
    let any = false;
    for (let h = 0; h < SLOTS_PER_DAY && !any; h++) any = allowed[d * SLOTS_PER_DAY + h] === 1;
    isSkipped[d] = any ? 0 : 1;
    if (!any && required) for (let h = 0; h < SLOTS_PER_DAY; h++) if (required[d * SLOTS_PER_DAY + h]) return undefined;
  }
  const idle = idleBuffer;
  let reach = 0;
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    if (isSkipped[Math.floor(s / SLOTS_PER_DAY)]) {
      s += SLOTS_PER_DAY - 1;
      continue;
    }
    const ok = allowed[s] === 1;
    // A closed slot right after another (or at midnight) finds every run closed already and
    // leaves every state as it is: skip it (the backtrack skips it too).
    if (!ok && (s % SLOTS_PER_DAY === 0 || allowed[s - 1] !== 1)) {
      if (required?.[s] === 1) return undefined;
      idle[s] = 1;
      continue;
    }
    idle[s] = 0;
    // Only k ≤ (allowed slots seen so far) can be reached: bound the loops by it.
    const kTop = Math.min(K, reach);
    if (ok) reach++;
    next.fill(-Infinity, 0, Math.min(width, (Math.min(K, reach) + 1) * J));
    const isRequired = required?.[s] === 1;
    if (isRequired && !ok) return undefined;
    const gain = ok
      ? (w.windowWeight[s] ?? 0) * WINDOW_SCALE + (isDaytime(s) ? 8 : 0) - 16 * Math.min(3, crowded?.[s] ?? 0)
      : 0;
    const row = s * width;
    for (let k = 0; k <= kTop; k++) {
      for (let j = 0; j <= b; j++) {
        const v = cur[k * J + j]!;
        if (v === -Infinity) continue;
        // Leave the slot: allowed only when no run is open or the run is long enough.
        if ((j === 0 || j === b) && !isRequired) {
          const t = k * J;
          if (v > next[t]!) {
            next[t] = v;
            back[row + t] = k * J + j;
          }
        }
        if (ok && k < K) {
          const t = (k + 1) * J + Math.min(j + 1, b);
          const nv = v + gain;
          if (nv > next[t]!) {
            next[t] = nv;
            back[row + t] = k * J + j;
          }
        }
      }
    }
    // Blocks never cross midnight: at the end of a day only closed runs survive.
    if (s % SLOTS_PER_DAY === SLOTS_PER_DAY - 1) {
      for (let k = 0; k <= Math.min(K, reach); k++) {
        for (let j = 1; j < b; j++) next[k * J + j] = -Infinity;
        if (b > 0 && next[k * J + b]! > next[k * J]!) {
          next[k * J] = next[k * J + b]!;
          back[row + k * J] = back[row + k * J + b]!;
        }
        if (b > 0) next[k * J + b] = -Infinity;
      }
    }
    [cur, next] = [next, cur];
  }
  let bestK = 0;
  let bestScore = -1;
  let bestTie = -Infinity;
  const byK = new Float64Array(K + 1).fill(-Infinity);
  if (!mustTake) byK[0] = 0;
  for (let k = Math.max(1, w.minSlots); k <= K; k++) {
    const v = cur[k * J]!;
    if (v === -Infinity) continue;
    const score = wishScore(w, k, Math.round(v / WINDOW_SCALE));
    byK[k] = score;
    if (score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && v > bestTie)) {
      bestK = k;
      bestScore = score;
      bestTie = v;
    }
  }
  if (bestK === 0) return mustTake ? undefined : { ...EMPTY_PLAN, byK };
  if (bestScore <= 1e-12 && !keepZero && !mustTake) return { ...EMPTY_PLAN, byK };
  const slots: number[] = [];
  let state = bestK * J;
  for (let s = SLOTS_PER_WEEK - 1; s >= 0; s--) {
    if (isSkipped[Math.floor(s / SLOTS_PER_DAY)] || idle[s]) continue;
    const prev = back[s * width + state]!;
    if (Math.floor(prev / J) < Math.floor(state / J)) slots.push(s);
    state = prev;
  }
  slots.reverse();
  const windowSum = windowSumOf(w, slots);
  return { score: wishScore(w, bestK, windowSum), slots, windowSum, byK };
}
