import { SLOTS_PER_DAY as WEEK_SLOTS_PER_DAY, SLOTS_PER_WEEK as WEEK_SLOTS_PER_WEEK } from "../week/slots";
import type { Wish } from "./model";
import { wishScore } from "./satisfaction";
import type { WishPlan } from "./wish-dp";

// Local copies: hot loops read these, and an imported binding may cost a getter per read.
const SLOTS_PER_DAY = WEEK_SLOTS_PER_DAY;
const SLOTS_PER_WEEK = WEEK_SLOTS_PER_WEEK;

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

function caps(wishes: readonly Wish[], allowed: readonly Uint8Array[]): number[] {
  return wishes.map((w, j) => {
    if (w.idealSlots < w.blockSlots) return 0;
    let n = 0;
    const mask = allowed[j]!;
    for (let s = 0; s < SLOTS_PER_WEEK; s++) n += mask[s]!;
    return Math.min(w.idealSlots, n);
  });
}

/** States × slots the DP would touch: the budget check before merging. */
export function groupWork(wishes: readonly Wish[], allowed: readonly Uint8Array[]): number {
  const cap = caps(wishes, allowed);
  const runStates = 1 + wishes.reduce((n, w) => n + w.blockSlots, 0);
  // The back-pointer packs the run state and the wish in 16 bits.
  if (runStates >= 4096 || wishes.length > 14) return Infinity;
  let states = runStates;
  for (const c of cap) states *= c + 1;
  return states;
}

let backBuffer = new Uint16Array(0);
/** Back-pointers kept between calls up to this many (8 MB); larger DPs get their own, freed after. */
const SHARED_BACK_LIMIT = 4_000_000;

/** Daytime (08:00–22:00) is preferred among schedules that score the same (as wish-dp). */
function isDaytime(s: number): boolean {
  const h = s % SLOTS_PER_DAY;
  return h >= 16 && h < 44;
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
 * @returns undefined when the required slots (or the forced counts) cannot be met
 */
export function planGroup(members: readonly GroupMember[], crowded?: Uint8Array, forcedKey?: number): GroupResult | undefined {
  const wishes = members.map((m) => m.wish);
  const allowed = members.map((m) => m.allowed);
  const required = members.map((m) => m.required);
  const n = wishes.length;
  const cap = caps(wishes, allowed);
  const block = wishes.map((w) => Math.max(1, w.blockSlots));
  // Run-state index: 0 = no open block; runBase[j] + len − 1 for wish j's block of length len.
  const runBase: number[] = [];
  const runWish: number[] = [-1];
  const runLen: number[] = [0];
  let R = 1;
  for (let j = 0; j < n; j++) {
    runBase.push(R);
    for (let len = 1; len <= block[j]!; len++) {
      runWish.push(j);
      runLen.push(len);
    }
    R += block[j]!;
  }
  const stride: number[] = [];
  let C = 1;
  for (let j = 0; j < n; j++) {
    stride.push(C);
    C *= cap[j]! + 1;
  }
  const width = R * C;
  // Per-slot gain of each wish: its window part (the count part is added at the end).
  const gain = wishes.map((w, j) => (members[j]!.isValued && w.windowShare > 0 ? (w.weight * w.windowShare) / (3 * w.idealSlots) : 0));
  let cur = new Float64Array(width).fill(-Infinity);
  let next = new Float64Array(width).fill(-Infinity);
  let curTie = new Float64Array(width);
  let nextTie = new Float64Array(width);
  cur[0] = 0;
  const mustSlot = new Int8Array(SLOTS_PER_WEEK).fill(-1);
  for (let j = 0; j < n; j++) {
    const rq = required[j];
    if (!rq) continue;
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      if (!rq[s]) continue;
      if (!allowed[j]![s] || cap[j] === 0 || (mustSlot[s]! >= 0 && mustSlot[s] !== j)) return undefined;
      mustSlot[s] = j;
    }
  }
  // Only slots some wish may take need a DP step; the first idle slot after them closes runs.
  const rowOf = new Int32Array(SLOTS_PER_WEEK).fill(-1);
  let rows = 0;
  let isOpen = false;
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    let any = false;
    for (let j = 0; j < n && !any; j++) any = cap[j]! > 0 && allowed[j]![s] === 1;
    if (any || isOpen) rowOf[s] = rows++;
    isOpen = any && s % SLOTS_PER_DAY !== SLOTS_PER_DAY - 1;
  }
  const need = rows * width;
  if (backBuffer.length < need && need <= SHARED_BACK_LIMIT) backBuffer = new Uint16Array(need);
  const back = backBuffer.length >= need ? backBuffer : new Uint16Array(need);
  const kOf = new Int32Array(n);
  const runWishA = Int32Array.from(runWish);
  const runLenA = Int32Array.from(runLen);
  const blockA = Int32Array.from(block);
  const takerWish = new Int32Array(n);
  const takerGain = new Float64Array(n);
  const takerTie = new Float64Array(n);
  let reach = 0;
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    const row = rowOf[s]!;
    if (row < 0) continue;
    next.fill(-Infinity);
    const must = mustSlot[s]!;
    const base = row * width;
    const taste = (isDaytime(s) ? 8 : 0) - 16 * Math.min(3, crowded?.[s] ?? 0);
    let takers = 0;
    for (let j = 0; j < n; j++) {
      if ((must >= 0 && j !== must) || allowed[j]![s] !== 1 || cap[j] === 0) continue;
      takerWish[takers] = j;
      takerGain[takers] = gain[j]! * (wishes[j]!.windowWeight[s] ?? 0);
      takerTie[takers] = taste + (members[j]!.prefer?.[s] ? 64 : 0);
      takers++;
    }
    // Counts above the slots seen so far cannot be reached: skip those states.
    const seen = reach;
    if (takers > 0) reach++;
    kOf.fill(0);
    let sum = 0;
    for (let c = 0; c < C; c++) {
      if (c > 0) {
        let j = 0;
        while (kOf[j] === cap[j]) {
          sum -= kOf[j]!;
          kOf[j++] = 0;
        }
        kOf[j]!++;
        sum++;
      }
      if (sum > seen) continue;
      for (let r = 0; r < R; r++) {
        const from = c * R + r;
        const v = cur[from]!;
        if (v === -Infinity) continue;
        const tie = curTie[from]!;
        const open = runWishA[r]!;
        const isClosed = open < 0 || runLenA[r]! >= blockA[open]!;
        if (isClosed && must < 0) {
          const to = c * R;
          if (v > next[to]! + EPS || (v > next[to]! - EPS && tie > nextTie[to]!)) {
            next[to] = v;
            nextTie[to] = tie;
            back[base + to] = (r << 4) | 0;
          }
        }
        for (let t = 0; t < takers; t++) {
          const j = takerWish[t]!;
          if (kOf[j]! >= cap[j]!) continue;
          let nr: number;
          if (open === j) nr = runBase[j]! + Math.min(runLenA[r]! + 1, blockA[j]!) - 1;
          else if (isClosed) nr = runBase[j]!;
          else continue;
          const to = (c + stride[j]!) * R + nr;
          const nv = v + takerGain[t]!;
          const nt = tie + takerTie[t]!;
          if (nv > next[to]! + EPS || (nv > next[to]! - EPS && nt > nextTie[to]!)) {
            next[to] = nv;
            nextTie[to] = nt;
            back[base + to] = (r << 4) | (j + 1);
          }
        }
      }
    }
    // Blocks never cross midnight: at a day's end only finished blocks survive, as idle.
    if (s % SLOTS_PER_DAY === SLOTS_PER_DAY - 1) {
      for (let c = 0; c < C; c++) {
        for (let r = 1; r < R; r++) {
          const at = c * R + r;
          const v = next[at]!;
          if (v !== -Infinity && runLen[r]! >= block[runWish[r]!]!) {
            const to = c * R;
            if (v > next[to]! + EPS || (v > next[to]! - EPS && nextTie[at]! > nextTie[to]!)) {
              next[to] = v;
              nextTie[to] = nextTie[at]!;
              back[base + to] = back[base + at]!;
            }
          }
          next[at] = -Infinity;
        }
      }
    }
    [cur, next] = [next, cur];
    [curTie, nextTie] = [nextTie, curTie];
  }
  // Every wish ends with nothing or between its minimum and its ideal (SCH6, SCH7).
  let bestC = -1;
  let bestV = -Infinity;
  let bestTie = -Infinity;
  let bestKey = 0;
  const table = new Map<number, number>();
  for (let c = 0; c < C; c++) {
    const v0 = cur[c * R]!;
    if (v0 === -Infinity) continue;
    let rest = c;
    let v = v0;
    let key = 0;
    let isValid = true;
    for (let j = 0; j < n && isValid; j++) {
      const size = cap[j]! + 1;
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
    if (v > bestV + EPS || (v > bestV - EPS && curTie[c * R]! > bestTie)) {
      bestV = v;
      bestC = c;
      bestTie = curTie[c * R]!;
      bestKey = key;
    }
  }
  if (bestC < 0) return undefined;
  const slots: number[][] = wishes.map(() => []);
  let c = bestC;
  let r = 0;
  for (let s = SLOTS_PER_WEEK - 1; s >= 0; s--) {
    const row = rowOf[s]!;
    if (row < 0) continue;
    const code = back[row * width + c * R + r]!;
    const took = (code & 15) - 1;
    if (took >= 0) {
      slots[took]!.push(s);
      c -= stride[took]!;
    }
    r = code >> 4;
  }
  const plans = wishes.map((w, j): WishPlan => {
    const mine = slots[j]!.reverse();
    let windowSum = 0;
    for (const s of mine) windowSum += w.windowWeight[s] ?? 0;
    const score = wishScore(w, mine.length, windowSum);
    // A wish that scores nothing gives its time back (as wish-dp does), unless its count
    // is linked or it must hold a slot.
    const isPinned = members[j]!.linkRadix > 0 || !members[j]!.isValued || required[j]?.some((x) => x === 1);
    if (score <= 1e-12 && !isPinned) return { score: 0, slots: [], windowSum: 0 };
    return { score: members[j]!.isValued ? score : 0, slots: mine, windowSum };
  });
  let value = 0;
  plans.forEach((p, j) => (value += members[j]!.isValued ? wishes[j]!.weight * p.score : 0));
  return { plans, value, key: bestKey, table };
}
